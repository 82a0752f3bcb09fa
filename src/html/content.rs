//! The article's text blocks in a page. One pass over the tree turns it into text blocks
//! (paragraphs, headings, list items, quotes, captions), leaving out what is never article
//! text: scripts, forms, `<nav>`, `<aside>`, `<header>`, `<footer>`, hidden elements and
//! elements whose class or id names page furniture. Each long block then votes for the
//! elements around it (readability's scoring: the parent gets the most, farther ancestors
//! less), discounted by link density; the best-scored element, with siblings that score
//! nearly as well and boxes of its tag and class elsewhere, holds the article. Link lists
//! inside it are left out too.

use std::collections::{HashMap, HashSet};

use ego_tree::NodeId;
use ego_tree::iter::Edge;

use super::dom::{Node, attr, has_class_word, is_hidden_text, push_collapsed, tag};
use crate::data::{
    HTML_CAPTION_WORDS, HTML_CONTENT_WORDS, HTML_FURNITURE_WORDS, HTML_HIDDEN_CLASSES,
    HTML_NOT_ARTICLE_WORDS,
};

/// What kind of element a block of text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Para,
    Heading,
    Caption,
}

#[derive(Debug)]
pub struct Block {
    pub text: String,
    pub kind: Kind,
    /// The innermost block element holding the text.
    owner: NodeId,
    /// Bytes of the text inside links.
    link_len: usize,
    /// The elements around it whose class or id names page furniture ("share", "related").
    furniture: Vec<NodeId>,
}

/// Elements left out with everything in them.
const DROPPED: &[&str] = &[
    "nav", "aside", "header", "footer", "form", "button", "select", "textarea", "input", "iframe",
    "object", "embed", "video", "audio", "canvas", "dialog", "menu", "label",
];

/// Elements that end the text before them and start a new block.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "tr",
    "ul",
    "br",
    "body",
    "center",
];

/// A box inside the article shorter than this (in bytes) whose text is more than
/// [`TEASER_LINK_PERCENT`] links is a list of other stories' headlines and blurbs.
const TEASER_BOX_LEN: usize = 1000;
const TEASER_LINK_PERCENT: usize = 40;

/// Least score of a box made like the article's best-scored one to be taken as another part
/// (or half the best one's score, when that is lower: an article cut into many short boxes).
const MIN_PART_SCORE: f64 = 10.0;

/// Blocks shorter than this (in bytes) do not vote for a container.
const MIN_VOTING_LEN: usize = 25;

/// The article's blocks, in page order.
pub fn extract(root: Node) -> Vec<Block> {
    let blocks = blocks(root);
    let tree = root.tree();
    let mut score: HashMap<NodeId, f64> = HashMap::new();
    let mut totals: HashMap<NodeId, (usize, usize)> = HashMap::new();
    for b in &blocks {
        let Some(owner) = tree.get(b.owner) else {
            continue;
        };
        for a in std::iter::once(owner).chain(owner.ancestors()) {
            let t = totals.entry(a.id()).or_default();
            t.0 += b.text.len();
            t.1 += b.link_len;
        }
        // List items are link lists and fact boxes more often than prose.
        if b.kind != Kind::Para
            || b.text.len() < MIN_VOTING_LEN
            || matches!(tag(&owner), Some("li" | "dd" | "dt"))
        {
            continue;
        }
        let vote =
            1.0 + b.text.matches(',').count() as f64 + (b.text.len() as f64 / 100.0).min(3.0);
        // A <p> votes for its parent; a <div> of bare text for itself.
        let first = if matches!(tag(&owner), Some("p" | "pre" | "blockquote" | "td")) {
            owner.parent()
        } else {
            Some(owner)
        };
        let chain = first
            .into_iter()
            .flat_map(|f| std::iter::once(f).chain(f.ancestors()));
        for (level, a) in chain.take(5).enumerate() {
            let share = match level {
                0 => 1.0,
                1 => 0.5,
                l => 1.0 / (3.0 * l as f64),
            };
            *score.entry(a.id()).or_default() += vote * share;
        }
    }
    let adjusted = |id: NodeId, raw: f64| {
        let n = tree.get(id).expect("scored node");
        if in_not_article_box(n) {
            return 0.0;
        }
        let (len, links) = totals.get(&id).copied().unwrap_or((1, 0));
        (raw + class_weight(&n)) * (1.0 - links as f64 / len.max(1) as f64)
    };
    let mut ranked: Vec<(NodeId, f64)> = score
        .iter()
        .map(|(&id, &s)| (id, adjusted(id, s)))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let Some(&(mut best, mut best_score)) = ranked.first() else {
        return blocks;
    };
    let core = best;
    let above = |id: NodeId| {
        tree.get(id)
            .into_iter()
            .flat_map(|n| n.ancestors())
            .take_while(|a| !matches!(tag(a), Some("body" | "html")) && a.parent().is_some())
    };
    // An article in several parts: when three of the runners-up score nearly as well and
    // share an ancestor with the best, that ancestor holds the article.
    let close: Vec<NodeId> = ranked[1..ranked.len().min(5)]
        .iter()
        .filter(|&&(_, s)| s >= 0.75 * best_score)
        .map(|&(id, _)| id)
        .collect();
    // (The best itself, when the runners-up are parts of it.)
    let common = (close.len() >= 3)
        .then(|| {
            tree.get(best).into_iter().chain(above(best)).find(|a| {
                close
                    .iter()
                    .filter(|&&c| above(c).any(|x| x.id() == a.id()))
                    .count()
                    >= 3
            })
        })
        .flatten();
    if let Some(a) = common {
        best = a.id();
    } else {
        // A parent that scores higher than the best holds more of the article. (Not above the
        // parts' common ancestor: a box around it may score higher by its class name alone,
        // and bring in what follows the article.)
        let mut last = best_score;
        for a in above(best).collect::<Vec<_>>() {
            let Some(&raw) = score.get(&a.id()) else {
                continue;
            };
            let s = adjusted(a.id(), raw);
            if s < best_score / 3.0 {
                break;
            }
            if s > last {
                best = a.id();
                best_score = s;
                break;
            }
            last = s;
        }
    }
    // Siblings of the best element that score nearly as well: an article split in parts.
    let best_node = tree.get(best).expect("best node");
    let threshold = (best_score * 0.35).max(10.0);
    let mut roots: HashSet<NodeId> = HashSet::from([best]);
    if let Some(parent) = best_node.parent() {
        for s in parent.children().filter(|s| s.id() != best) {
            if score
                .get(&s.id())
                .is_some_and(|&raw| adjusted(s.id(), raw) >= threshold)
            {
                roots.insert(s.id());
            }
        }
    }
    // Boxes made like the best one (the same tag and class) that score as a part would: an
    // article cut into sections by pictures or pull quotes at different depths.
    for &(id, s) in &ranked {
        let n = tree.get(id).expect("scored node");
        if s >= MIN_PART_SCORE.min(best_score / 2.0) && made_alike(&n, &best_node) {
            roots.insert(id);
        }
    }
    // Parts that each stand in a wrapper made alike (`<section class=body>`): the wrappers are
    // the parts, with the headings and pictures between the text boxes.
    if roots.len() >= 3 {
        let parents: Vec<Node> = roots
            .iter()
            .filter_map(|&r| tree.get(r)?.parent())
            .collect();
        if parents.len() == roots.len()
            && parents
                .iter()
                .all(|p| made_alike(p, &parents[0]) && !matches!(tag(p), Some("body" | "html")))
        {
            roots = parents.iter().map(|p| p.id()).collect();
        }
    }
    let wraps_core = |f: Node| {
        tree.get(core).is_some_and(|c| {
            std::iter::once(c)
                .chain(c.ancestors())
                .any(|a| a.id() == f.id())
        })
    };
    blocks
        .into_iter()
        .filter(|b| {
            let owner = tree.get(b.owner).expect("owner");
            let inside = |n: Node| {
                std::iter::once(n)
                    .chain(n.ancestors())
                    .any(|a| roots.contains(&a.id()))
            };
            // Furniture inside the article (a share row, a related-stories box) is left out;
            // a furniture name on an element around the best-scored one is layout.
            let in_furniture = b.furniture.iter().any(|&f| {
                let f = tree.get(f).expect("furniture");
                !roots.contains(&f.id()) && inside(f) && !wraps_core(f)
            });
            // A box of links with blurbs inside the article: teasers of other stories.
            let in_teasers = owner
                .ancestors()
                .take_while(|a| !roots.contains(&a.id()) && !wraps_core(*a))
                .any(|a| {
                    let (len, links) = totals.get(&a.id()).copied().unwrap_or((0, 0));
                    len < TEASER_BOX_LEN && links * 100 > len * TEASER_LINK_PERCENT
                });
            inside(owner) && !in_furniture && !in_teasers && !is_link_list(b)
        })
        .collect()
}

/// Are two elements made alike: the same tag and the same, non-empty class?
fn made_alike(a: &Node, b: &Node) -> bool {
    tag(a) == tag(b)
        && attr(a, "class").is_some_and(|c| !c.trim().is_empty() && attr(b, "class") == Some(c))
}

/// Mostly links: a list of related stories, tags, a share row.
fn is_link_list(b: &Block) -> bool {
    b.link_len * 2 > b.text.len()
}

/// Class and id words for and against an element holding the article.
fn class_weight(n: &Node) -> f64 {
    let mut w = 0.0;
    if has_class_word(n, HTML_CONTENT_WORDS) {
        w += 25.0;
    }
    if has_class_word(n, HTML_FURNITURE_WORDS) {
        w -= 25.0;
    }
    if attr(n, "itemprop") == Some("articleBody") {
        w += 25.0;
    }
    w
}

/// Is the element, or a box around it, one that never holds the article (comments, a cookie
/// notice)? Not when its name says article too (`article modal-enabled`); the page's `<body>`
/// and `<html>` say nothing: their classes name the page's state (`modal-open`).
fn in_not_article_box(n: Node) -> bool {
    std::iter::once(n)
        .chain(n.ancestors())
        .take_while(|a| !matches!(tag(a), Some("body" | "html")))
        .any(|a| {
            has_class_word(&a, HTML_NOT_ARTICLE_WORDS) && !has_class_word(&a, HTML_CONTENT_WORDS)
        })
}

/// Is the element hidden by its style sheet's usual class names (`hidden`, `d-none`) or by an
/// inline `display: none`? A reader never sees it: a print-only footer, a closed dialog.
fn is_styled_hidden(n: &Node) -> bool {
    let class_hidden = attr(n, "class").is_some_and(|c| {
        c.split_ascii_whitespace()
            .any(|t| HTML_HIDDEN_CLASSES.contains(&t))
    });
    class_hidden
        || attr(n, "style").is_some_and(|style| {
            let style: String = style
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| c.to_ascii_lowercase())
                .collect();
            style.contains("display:none") || style.contains("visibility:hidden")
        })
}

/// Is this element never article text, to be left out with its content?
fn is_dropped(n: &Node, name: &str) -> bool {
    DROPPED.contains(&name)
        || is_hidden_text(name)
        || attr(n, "hidden").is_some()
        || attr(n, "aria-hidden") == Some("true")
        // A page that hides itself until its scripts have run is still read.
        || (!matches!(name, "html" | "body") && is_styled_hidden(n))
}

/// Does the element's class or id name page furniture? Its text is left out when it stands
/// inside the article's element; a furniture name around the article ("layout--sidebar",
/// "widget") says nothing about it.
fn is_furniture(n: &Node, name: &str) -> bool {
    if matches!(name, "html" | "body" | "article" | "main") {
        return false;
    }
    has_class_word(n, HTML_FURNITURE_WORDS) && !has_class_word(n, HTML_CONTENT_WORDS)
}

/// Does the element hold a picture and its caption: `<figure>`, `<figcaption>`, or a class
/// like `caption`, `image-credit`?
fn is_caption(n: &Node, name: &str) -> bool {
    matches!(name, "figure" | "figcaption") || has_class_word(n, HTML_CAPTION_WORDS)
}

/// The page as text blocks, furniture left out. Iterative: the tree may be deep.
fn blocks(root: Node) -> Vec<Block> {
    let mut w = Walker {
        open: vec![root.id()],
        ..Walker::default()
    };
    // The element being left out with its content, if any.
    let mut skip: Option<NodeId> = None;
    for edge in root.traverse() {
        match edge {
            Edge::Open(n) if skip.is_none() => {
                if let Some(t) = n.value().as_text() {
                    w.text(t);
                } else if let Some(name) = tag(&n) {
                    if is_dropped(&n, name) {
                        skip = Some(n.id());
                    } else {
                        w.enter(&n, name);
                    }
                }
            }
            Edge::Close(n) if skip == Some(n.id()) => skip = None,
            Edge::Close(n) if skip.is_none() => {
                if let Some(name) = tag(&n) {
                    w.leave(&n, name);
                }
            }
            _ => {}
        }
    }
    w.flush();
    w.out
}

/// The state of [`blocks`]' walk through the tree.
#[derive(Default)]
struct Walker {
    out: Vec<Block>,
    /// Text of the block being read, and how much of it is inside links.
    buf: String,
    link_len: usize,
    /// Open block elements, innermost last.
    open: Vec<NodeId>,
    /// Open furniture elements, innermost last.
    furniture: Vec<NodeId>,
    /// How many headings, captions and links are open.
    headings: usize,
    captions: usize,
    links: usize,
}

impl Walker {
    fn text(&mut self, t: &str) {
        let before = self.buf.len();
        push_collapsed(&mut self.buf, t);
        if self.links > 0 {
            self.link_len += self.buf.len() - before;
        }
    }

    fn enter(&mut self, n: &Node, name: &str) {
        if BLOCK_TAGS.contains(&name) {
            self.flush();
            self.open.push(n.id());
        }
        if is_furniture(n, name) {
            self.furniture.push(n.id());
        }
        self.count(n, name, |c| *c += 1);
    }

    fn leave(&mut self, n: &Node, name: &str) {
        if BLOCK_TAGS.contains(&name) {
            self.flush();
            self.open.pop();
        }
        if self.furniture.last() == Some(&n.id()) {
            self.furniture.pop();
        }
        self.count(n, name, |c| *c = c.saturating_sub(1));
    }

    /// Updates the open heading, caption and link counts for an element entered or left.
    fn count(&mut self, n: &Node, name: &str, update: impl Fn(&mut usize)) {
        if is_caption(n, name) {
            update(&mut self.captions);
        }
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => update(&mut self.headings),
            "a" => update(&mut self.links),
            _ => {}
        }
    }

    /// Ends the block being read.
    fn flush(&mut self) {
        let text = self.buf.trim();
        if !text.is_empty() {
            let kind = if self.captions > 0 {
                Kind::Caption
            } else if self.headings > 0 {
                Kind::Heading
            } else {
                Kind::Para
            };
            self.out.push(Block {
                text: text.to_string(),
                kind,
                owner: *self.open.last().expect("the root stays open"),
                link_len: self.link_len,
                furniture: self.furniture.clone(),
            });
        }
        self.buf.clear();
        self.link_len = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::dom;

    /// The element `<div id=x …>` of a small page.
    fn with_element(attrs: &str, check: impl Fn(Node) -> bool) -> bool {
        let page = dom::parse(&format!(
            "<div class=outer><div id=x {attrs}>text</div></div>"
        ));
        let x = page
            .tree
            .root()
            .descendants()
            .find(|n| attr(n, "id") == Some("x"))
            .expect("the element");
        check(x)
    }

    #[test]
    fn finds_hidden_elements() {
        let rows = [
            ("class=hidden", true),
            ("class=\"d-none d-print-block\"", true),
            ("style=\"color: red; display : none\"", true),
            ("style=\"visibility:hidden\"", true),
            ("class=hidden-print", false),
            ("class=\"field-label-hidden\"", false),
            ("style=\"display: block\"", false),
        ];
        for (attrs, want) in rows {
            assert_eq!(
                with_element(attrs, |n| is_styled_hidden(&n)),
                want,
                "{attrs}"
            );
        }
    }

    #[test]
    fn reads_a_page_hidden_until_its_scripts_run() {
        let rows = [
            "<html class=hidden><body><p>The article.</p></body></html>",
            "<body style=\"display:none\"><p>The article.</p></body>",
        ];
        for page in rows {
            let html = dom::parse(page);
            let texts: Vec<String> = blocks(html.tree.root())
                .into_iter()
                .map(|b| b.text)
                .collect();
            assert_eq!(texts, ["The article."], "{page}");
        }
    }

    #[test]
    fn finds_boxes_that_never_hold_the_article() {
        let rows = [
            ("class=comments", true),
            ("class=\"privacy-modal\"", true),
            ("class=\"cookie-banner\"", true),
            ("class=\"article modal-enabled\"", false),
            ("class=\"comment-policy-note content\"", false),
            ("class=story", false),
        ];
        for (attrs, want) in rows {
            assert_eq!(with_element(attrs, in_not_article_box), want, "{attrs}");
        }
    }
}
