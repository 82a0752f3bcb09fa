//! Text of a page to a DOM tree, with html5ever's HTML5 tokenizer and tree builder into a
//! `scraper` arena tree (nodes in a `Vec`: walking and dropping it never recurse).
//!
//! One guard sits between the tokenizer and the tree builder: the tree builder looks through
//! the whole stack of open elements for many tags, so a page nested 100,000 deep takes minutes.
//! Past [`MAX_DEPTH`] open elements, further start tags (and their end tags) are left out, so
//! the deepest content hangs from the element at that depth; browsers cap depth the same way.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use ego_tree::iter::Edge;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, EndTag, StartTag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer,
};
use html5ever::tree_builder::{TreeBuilder, TreeSink};
use html5ever::{LocalName, ParseOpts, TokenizerResult};
use scraper::{Html, HtmlTreeSink};

/// A node of the parsed page.
pub type Node<'a> = ego_tree::NodeRef<'a, scraper::Node>;

/// How many elements may be open at once before start tags are dropped.
pub const MAX_DEPTH: usize = 512;

/// Elements that never hold content, and elements whose end tag is implied by the next
/// sibling (`<p>`, `<li>`, `<td>`…): neither deepens the tree when left unclosed.
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "dt", "dd", "option", "optgroup", "rt", "rp", "tr", "td", "th", "thead",
    "tbody", "tfoot", "colgroup", "caption", "html", "head", "body",
];

/// Parses a whole page.
pub fn parse(text: &str) -> Html {
    let opts = ParseOpts::default();
    let builder = TreeBuilder::new(HtmlTreeSink::new(Html::new_document()), opts.tree_builder);
    let tokenizer = Tokenizer::new(DepthCap::new(builder), opts.tokenizer);
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(text));
    // The tokenizer pauses after a script and at a `<meta charset>` (the text is decoded
    // already); go on until the input is used up.
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    tokenizer.sink.inner.sink.finish()
}

/// A token filter that keeps the open-element count under [`MAX_DEPTH`].
struct DepthCap<S> {
    inner: S,
    /// Open elements that nest, as the tags tell it (an estimate: the tree builder may close
    /// some implicitly).
    open: Cell<usize>,
    /// Start tags dropped and not yet matched by an end tag, by name.
    dropped: RefCell<HashMap<LocalName, usize>>,
}

impl<S> DepthCap<S> {
    fn new(inner: S) -> Self {
        DepthCap {
            inner,
            open: Cell::new(0),
            dropped: RefCell::new(HashMap::new()),
        }
    }
}

impl<S: TokenSink> TokenSink for DepthCap<S> {
    type Handle = S::Handle;

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<S::Handle> {
        if let TagToken(tag) = &token
            && !tag.self_closing
            && !NOT_NESTING.contains(&&*tag.name)
        {
            match tag.kind {
                StartTag if self.open.get() >= MAX_DEPTH => {
                    *self
                        .dropped
                        .borrow_mut()
                        .entry(tag.name.clone())
                        .or_default() += 1;
                    return TokenSinkResult::Continue;
                }
                StartTag => self.open.set(self.open.get() + 1),
                EndTag => {
                    if let Some(n) = self.dropped.borrow_mut().get_mut(&tag.name)
                        && *n > 0
                    {
                        *n -= 1;
                        return TokenSinkResult::Continue;
                    }
                    self.open.set(self.open.get().saturating_sub(1));
                }
            }
        }
        self.inner.process_token(token, line)
    }

    fn end(&self) {
        self.inner.end()
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.inner
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// The tag name of an element node.
pub fn tag<'a>(n: &Node<'a>) -> Option<&'a str> {
    n.value().as_element().map(|e| e.name())
}

/// An attribute of an element node.
pub fn attr<'a>(n: &Node<'a>, name: &str) -> Option<&'a str> {
    n.value().as_element().and_then(|e| e.attr(name))
}

/// Elements whose text is never page text.
pub fn is_hidden_text(tag: &str) -> bool {
    matches!(
        tag,
        "script" | "style" | "noscript" | "template" | "svg" | "math"
    )
}

/// The text of a subtree with white space collapsed (scripts and styles left out).
pub fn text(n: &Node) -> String {
    text_with(n, false)
}

/// The text of a subtree, with a space between elements: the words of a byline box whose
/// parts the page's style sheet sets apart (`<span>Jane Doe</span><span>Reporter</span>`).
pub fn spaced_text(n: &Node) -> String {
    text_with(n, true)
}

fn text_with(n: &Node, spaced: bool) -> String {
    let mut out = String::new();
    let mut skip = None;
    for edge in n.traverse() {
        match edge {
            Edge::Open(c) if skip.is_none() => {
                if let Some(t) = c.value().as_text() {
                    push_collapsed(&mut out, t);
                } else if tag(&c).is_some_and(is_hidden_text) {
                    skip = Some(c.id());
                } else if tag(&c) == Some("br") || (spaced && c.value().is_element()) {
                    push_collapsed(&mut out, " ");
                }
            }
            Edge::Close(c) if skip == Some(c.id()) => skip = None,
            Edge::Close(c) if spaced && skip.is_none() && c.value().is_element() => {
                push_collapsed(&mut out, " ")
            }
            _ => {}
        }
    }
    out.trim_end().to_string()
}

/// Appends `text` to `out`, runs of white space as one space, none at the start.
pub fn push_collapsed(out: &mut String, text: &str) {
    for (i, word) in text.split(|c: char| c.is_whitespace()).enumerate() {
        if i > 0 && !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
        out.push_str(word);
    }
}

/// The words of an element's class and id, lower-cased: `story-body__inner` gives `story`,
/// `body`, `inner`; `articleBody` stays one word, `articlebody`.
pub fn class_words<'a>(n: &Node<'a>) -> impl Iterator<Item = Cow<'a, str>> {
    let e = n.value().as_element();
    let class = e.and_then(|e| e.attr("class")).unwrap_or("");
    let id = e.and_then(|e| e.attr("id")).unwrap_or("");
    class
        .split(|c: char| !c.is_alphanumeric())
        .chain(id.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.chars().any(char::is_uppercase) {
                Cow::Owned(w.to_lowercase())
            } else {
                Cow::Borrowed(w)
            }
        })
}

/// Is one of the element's class and id words in `list`?
pub fn has_class_word(n: &Node, list: &[&str]) -> bool {
    class_words(n).any(|w| list.contains(&&*w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth(html: &Html) -> usize {
        html.tree
            .nodes()
            .map(|n| n.ancestors().count())
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn caps_depth_keeps_text() {
        let n = 100_000;
        let page = format!(
            "<p>{}deep text{}<p>after",
            "<div>".repeat(n),
            "</div>".repeat(n)
        );
        let html = parse(&page);
        assert!(depth(&html) <= MAX_DEPTH + 8, "depth {}", depth(&html));
        let text: String = html
            .tree
            .nodes()
            .filter_map(|n| n.value().as_text())
            .map(|t| &**t)
            .collect();
        assert_eq!(text, "deep textafter");
    }

    #[test]
    fn repairs_malformed_html() {
        let html = parse("<p>one<p>two<b>bold<i>both</b>italic</i><div>x</span></div>");
        let texts: Vec<&str> = html
            .tree
            .nodes()
            .filter_map(|n| n.value().as_text())
            .map(|t| &**t)
            .collect();
        assert_eq!(texts, ["one", "two", "bold", "both", "italic", "x"]);
    }
}
