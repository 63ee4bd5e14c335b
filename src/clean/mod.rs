//! Scraped text → `body`: page furniture and scraper artifacts removed (each removal
//! recorded with its reason), header fields turned into [`Meta`], inline Markdown
//! links unwrapped, one block a line with blank lines between paragraphs.
//!
//! The rules are data: [`LINE_RULES`] names each pattern with the reason it gives.

use crate::extract::fact::PartialDate;
use crate::extract::lexicon::dates::{parse_date, without_time};
use crate::extract::lexicon::Rule;
use crate::extract::lexicon::{regex, regex_set};
use crate::extract::memo::{self, Memo};
use crate::record::Removed;
use regex::RegexSet;
use serde::Serialize;
use std::cell::RefCell;
use std::sync::LazyLock;

mod zones;

pub use zones::is_prose;

/// What the page says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Meta {
    /// The article's headline.
    pub title: Option<String>,
    /// The site or organisation that published it, when the page names itself.
    pub publisher: Option<String>,
    /// Publication date.
    pub published: Option<PartialDate>,
    /// Author line.
    pub byline: Option<String>,
    /// Canonical address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When the page says it was last changed ("Updated on: 14 March 2024"). Not the
    /// publication date: relative dates are never resolved against it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<PartialDate>,
}

impl Meta {
    /// Fills each field this one lacks from `other`.
    fn fill_from(&mut self, other: Meta) {
        let Meta {
            title,
            publisher,
            published,
            byline,
            url,
            updated,
        } = other;
        self.title = self.title.take().or(title);
        self.publisher = self.publisher.take().or(publisher);
        self.published = self.published.or(published);
        self.byline = self.byline.take().or(byline);
        self.url = self.url.take().or(url);
        self.updated = self.updated.or(updated);
    }
}

/// The cleaned article.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    /// Body text: blocks one a line, paragraphs separated by a blank line.
    pub body: String,
    /// Every line taken out, with why.
    pub removed: Vec<Removed>,
    /// Metadata found in header lines and trailers.
    pub meta: Meta,
    /// Where each body line came from: `(body offset, input offset)` of its first byte.
    pub line_map: Vec<(usize, usize)>,
    /// Byte span of the title line in `body`, when the text opens with a headline.
    pub title: Option<crate::span::Span>,
}

/// A line rule: its name (the `reason` in `removed`) and the whole-line pattern.
pub struct LineRule {
    /// Reason recorded in `removed`.
    pub reason: &'static str,
    /// Pattern that must match the whole trimmed line.
    pub pattern: &'static str,
    /// The longest line (bytes) the rule applies to. A length bound here rather than a
    /// bounded repeat (`.{0,300}`) in the pattern keeps the rules' shared DFA small:
    /// a counted repeat before an alternation makes a state for every position.
    pub max_len: usize,
}

/// No length bound.
const ANY_LEN: usize = usize::MAX;

/// The reason of a page's update stamp (its date goes to [`Meta::updated`]).
const UPDATE_STAMP: &str = "update-stamp";

/// The reason of a press release's "Notes to editors": it and all after it go.
const EDITORS_NOTES: &str = "editors-notes";

/// The reason of a release's "Issued by:" sign-off.
const RELEASE_TAIL: &str = "release-tail";

/// The reason of a post's "Previous article" / "Next article" pager.
const PAGER: &str = "pager";

/// The reason of a comment section's heading.
const COMMENTS: &str = "comments";

/// The reason of a blog platform's trailer ("Written by …", "Thanks for reading …").
const PLATFORM_TRAILER: &str = "platform-trailer";

/// The reason of a page's posting date on a line of its own ([`Meta::published`]).
const DATELINE: &str = "dateline";

/// The reason of a press release's header line, whose date is the release's
/// ([`Meta::published`]).
const RELEASE_HEADER: &str = "release-header";

/// Lines that are never article text.
pub const LINE_RULES: &[LineRule] = &[
    // "Box 1", "spot_img", "Source link", an empty "Date:".
    LineRule {
        reason: "scraper-artifact",
        pattern: r"(?i)^(?:box\s+[0-9]+|spot_img|source\s+link|date:|loading\.*|image:?|photo:?|\[?\s*embedded content\s*\]?)$",
        max_len: ANY_LEN,
    },
    // Share bars and social prompts.
    LineRule {
        reason: "share-prompt",
        pattern: r"(?i)^(?:share(?:\s+(?:this|post|article|story|page|on\s+\w+))?:?|tweet|pin\s*it|whatsapp|telegram|facebook|twitter|linkedin|reddit|email|print|copy\s+link|like\s+this:?|share\s+this\s+(?:article|story|page|post|news):?|click\s+to\s+share.*|x)$",
        max_len: ANY_LEN,
    },
    // A row of share buttons on one line: "Facebook Twitter WhatsApp", "X | Email",
    // "Weibo WeChat", and the text-size buttons beside them: "Print Mail Large Medium
    // Small".
    LineRule {
        reason: "share-prompt",
        pattern: r"(?i)^(?:(?:share\s+(?:on|via)\s+)?(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|email|e-mail|mail|sms|print|messenger|viber|line|weibo|wechat|kakaotalk|kakao|vk|naver|copy\s+link|share|comments?|large|medium|small)(?:\s*[|,•·/]\s*|\s+|$)){2,}$",
        max_len: 120,
    },
    // A syndication note: "(This story has not been edited by … staff and is
    // auto-generated from a syndicated feed.)", "With inputs from agencies".
    LineRule {
        reason: "syndication-note",
        pattern: r"(?i)^\(?\s*(?:this\s+(?:story|article|report|copy)\s+(?:has\s+not\s+been|was\s+not|is)\s+(?:edited|auto-generated|generated|published)\b.*|this\s+article\s+(?:first\s+)?appeared\s+in\b.*|\(\s*reporting\s+by\b.*|additional\s+reporting\s+by\b.*|our\s+standards:.*|by\s+providing\s+(?:an|your)\s+email\b.*|with\s+inputs?\s+from\b.*|disclaimer\s*:\s*this\s+(?:story|article|report|content)\b.*|[-–—]+\s*agencies|\(\s*agencies\s*\)|\(?(?:only\s+the\s+)?headline\s+(?:and\s+picture\s+)?of\s+this\s+report\s+may\s+have\s+been\s+reworked\b.*)$",
        max_len: 300,
    },
    // A tail asking the reader for support: "Support PREMIUM TIMES' journalism of
    // integrity and credibility. Donate", "Subscribe to News24 for the best local
    // journalism.", "Like us on Facebook or follow us on Twitter to get the latest news
    // about Vietnam!"
    LineRule {
        reason: "follow-prompt",
        pattern: r"(?i)^(?:(?:support|back)\s+.*\bjournalism\b.*|subscribe\s+to\s+.*\b(?:journalism|news|coverage|stories)\b.*|donate(?:\s+now)?|like\s+us\s+on\s+facebook\b.*)$",
        max_len: 200,
    },
    LineRule {
        reason: "follow-prompt",
        pattern: r"(?i)^(?:follow|subscribe|sign\s+up|join|download|get)\b.*\b(?:us|our|newsletter|newsletters|channel|telegram|whatsapp|facebook|twitter|instagram|linkedin|youtube|google\s+news|app|updates|x)\b.*$",
        max_len: 200,
    },
    // Page chrome: skip links, PDF links, press-release slugs, page numbers.
    LineRule {
        reason: "page-chrome",
        pattern: r"(?i)^(?:skip\s+to\s+(?:main\s+)?content|skip\s+navigation|click\s+here\b.*|for\s+immediate\s+release|(?:media|press|news)\s+(?:release|statement)|documents?\s+to\s+download|back\s+to\s+top|print\s+(?:this\s+)?(?:page|article)|\(?[0-9]{1,3}\)|page\s+[0-9]+(?:\s+of\s+[0-9]+)?|[-–—]\s*[0-9]{1,3}\s*[-–—]|(?:[-–—]+|\()\s*more\s*(?:[-–—]+|\))|(?:[≡☰]\s*)?menu|search|close|toggle\s+navigation|main\s+menu)$",
        max_len: 80,
    },
    // A press release's number: "Press Release Number: 25-612". (Its header run
    // together on one line is read by `release_header`.)
    LineRule {
        reason: "page-chrome",
        pattern: r"(?i)^(?:press\s+)?release\s+(?:number|no\.?|#)\s*:?\s*[0-9][0-9a-z./-]*$",
        max_len: 60,
    },
    // A page's update stamp, wherever it stands: "Updated March 27, 2025", "Last
    // modified: 27 March 2025 at 10:15". (The date a page was changed is not a fact
    // of its story.)
    // "Updated on: March 9, 2024 / 06:15 PM CST", "Last updated: 14/03/2024".
    LineRule {
        reason: UPDATE_STAMP,
        pattern: r"(?i)^(?:last\s+)?(?:updated|modified)(?:\s+on)?\s*:?\s+(?:[a-z]+,?\s+)?(?:[a-z]+\.?\s+[0-9]{1,2},?\s+[0-9]{4}|[0-9]{1,2}\s+[a-z]+\.?,?\s+[0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{2,4})(?:(?:,|\s*[/|-])?\s*(?:at\s+)?[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?$",
        max_len: 80,
    },
    // A page's posting date on a line of its own, wherever it stands: "Posted 15 Mar
    // 2024" (under the article), "Published 14 March 2025 at 10:15". Its date is the
    // page's ([`Meta::published`]), not a fact of its story.
    LineRule {
        reason: DATELINE,
        pattern: r"(?i)^(?:posted|published)(?:\s+on)?\s*:?\s+(?:[a-z]+,?\s+)?(?:[a-z]+\.?\s+[0-9]{1,2},?\s+[0-9]{4}|[0-9]{1,2}\s+[a-z]+\.?,?\s+[0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{2,4})(?:(?:,|\s*[/|-])?\s*(?:at\s+)?[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?$",
        max_len: 80,
    },
    // A Hong Kong government release's trailer: "Ends/Friday, May 17, 2024" (its
    // date is the release's), then "Issued at HKT 15:30".
    LineRule {
        reason: "end-marker",
        pattern: r"(?i)^ends?\s*/\s*\S.*$",
        max_len: 60,
    },
    LineRule {
        reason: "page-chrome",
        pattern: r"(?i)^issued\s+at\s+hkt\s+[0-9]{1,2}[:.][0-9]{2}$",
        max_len: 40,
    },
    // A help-line box under a story of abuse or self-harm: "Where to get help:",
    // "Need to talk? Free call or text 1737" (its numbers follow as contact lines).
    LineRule {
        reason: "helpline",
        pattern: r"(?i)^(?:where\s+to\s+get\s+help|need\s+to\s+talk\?.*|if\s+you\s+(?:or\s+someone\s+you\s+know\s+)?need\s+(?:help|support))\s*:?$",
        max_len: 120,
    },
    // A wire or agency story's credits: "Translator: Rahmad Nasution", "Editor: Anton
    // Santoso", "Edition: Fernando Fraga", "Reporting by Jane Roe" (a role and names,
    // nothing else).
    LineRule {
        reason: "syndication-note",
        pattern: r"^(?:(?i:translator|editor|edition|editing|writer|reporter|photographer)\s*:\s*\p{Lu}|(?i:reporting\s+by)\s+\p{Lu}[\p{L}.'’-]*\s+\p{Lu})[\p{L}.'’-]*(?:[ ,&]+(?:and\s+)?\p{Lu}[\p{L}.'’-]*)*$",
        max_len: 100,
    },
    // "Also In Crime", "More in World": a section's related-headlines widget (the
    // section named in capitals; "Also in January 2020, …" is prose).
    LineRule {
        reason: "widget",
        pattern: r"^(?:Also|More)\s+(?:In|in)\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?$",
        max_len: 40,
    },
    // The end of a press release.
    LineRule {
        reason: "end-marker",
        pattern: r"^(?:#(?:\s*#){2,}|-+\s*(?:30|###)\s*-+|\*\s*\*\s*\*|_{3,}|[-–—]*\s*ENDS?\s*[-–—]*|(?i:[-–—]+\s*ends?\s*[-–—]+))$",
        max_len: ANY_LEN,
    },
    // A press release's notes for journalists, which close it: "Notes to editors",
    // "NOTE TO EDITORS:", "Editors' notes", "Note to media:". (What follows is about the office, not
    // the story: `zones` drops all of it.)
    LineRule {
        reason: EDITORS_NOTES,
        pattern: r"(?i)^(?:notes?\s+(?:to|for)\s+(?:the\s+)?(?:editors?|media)|editors?['’]?\s*notes|background\s+for\s+editors)\s*:?$",
        max_len: 40,
    },
    // A release's sign-off: "Issued by:", "Issued by the Corporate Communications
    // Unit" (the office's name and numbers follow).
    LineRule {
        reason: RELEASE_TAIL,
        pattern: r"(?i)^issued\s+by\s*(?::.*|\s+(?:the\s+)?\p{Lu}.*)?$",
        max_len: 100,
    },
    // Comment sections: "Comments (3)", "12 Comments", "LEAVE A REPLY Cancel reply",
    // "Post a comment", "Join the conversation" (what follows is readers', not the
    // article's).
    LineRule {
        reason: COMMENTS,
        pattern: r"(?i)^(?:comments?\s*\(\s*[0-9]+\s*\)|[0-9]+\s+(?:comments?|responses?|replies)|leave\s+a\s+(?:comment|reply)(?:\s+cancel\s+reply)?|post\s+a\s+comment|join\s+the\s+(?:conversation|discussion))\s*:?$",
        max_len: 60,
    },
    // A blog platform's trailer under the post: "Written by Jane Roe", "Thanks for
    // reading The Brief! Subscribe for free …", "If you found this useful, give it a
    // clap" (the author box, follower counts and sign-up form follow).
    LineRule {
        reason: PLATFORM_TRAILER,
        pattern: r"(?i)^(?:written\s+by\s+\p{Lu}[\p{L}.'’ -]*|thanks\s+for\s+reading\b.*|if\s+you\s+(?:found|enjoyed|liked)\s+this\b.*\b(?:clap|subscrib|share|follow)\w*\b.*)$",
        max_len: 200,
    },
    // Photo captions and credits.
    LineRule {
        reason: "caption",
        pattern: r"^(?:_[^_]+_|\*[^*]+\*)$",
        max_len: 202,
    },
    LineRule {
        reason: "caption",
        pattern: r"^(?:.*\b(?:PHOTOS?|FILE PHOTO|IMAGE|PICTURE)\s*:\s*[\p{Lu}0-9][\p{Lu}0-9 .,'’/&-]*|\((?:Photo|Image|Picture)\s*:[^)]*\))$",
        max_len: 400,
    },
    // A photo credit on its own line: "Photo: Reuters/Fabian Bimmer", "Image
    // credit: Europol / handout", "File photo: AFP".
    LineRule {
        reason: "caption",
        pattern: r"(?i)^(?:file\s+)?(?:photo|image|picture|video)s?(?:\s+credits?)?\s*:\s*\S.*$",
        max_len: 120,
    },
    // Agency photo captions: "X speaks to reporters on September 6, 2020 in Mumbai, India."
    LineRule {
        reason: "caption",
        pattern: r"^.{10,}\b(?:on|in)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+[0-9]{1,2},\s+[12][0-9]{3}\s+in\s+[\p{Lu}][\p{L} .'-]+,\s+[\p{Lu}][\p{L} .'-]+\.$",
        max_len: 400,
    },
    // Contact blocks: e-mail and phone lines, "Contact: …", "Media enquiries:",
    // "AFP Media: (02) 5126 9297", a "Contact" heading, "Don Ledford, Public Affairs
    // Officer, (816) 426-4220".
    LineRule {
        reason: "contact",
        pattern: r"(?i)^(?:[\w.+-]+@[\w-]+\.[\w.]+|\[email\s+protected\]|(?:tel|phone|fax|t|f)?[:.]?\s*\+?\(?[0-9]{3}\)?[-. /]?[0-9]{3}[-. ][0-9]{4}(?:\s*\([a-z]+\))?|.*\b(?:media\s+)?contacts?:\s.*|(?:media\s+|press\s+)?contacts?:?|media\s+(?:enquiries|inquiries|queries)\b.*|[\p{L}][\p{L} .&'’-]*:\s*(?:\+[0-9]{1,3}[ .-]?)?\(?[0-9]{1,4}\)?[ .-]?[0-9]{3,4}[ .-]?[0-9]{3,4}|[\p{L}][\p{L} .,&'’-]*,\s*\(?[0-9]{3}\)?[-. ]?[0-9]{3}[-. ][0-9]{4})$",
        max_len: 110,
    },
    // A release's contact lines: "Tel: 0370 496 7622 | Email: press@…". (Not "For
    // further information, please contact Jo Roe, …": the dev corpus keeps that
    // sentence as the release's text.)
    LineRule {
        reason: "contact",
        pattern: r"(?i)^(?:tel|telephone|phone|mobile|mob|fax|e-?mail)\s*[:.]\s*\S.*$",
        max_len: 200,
    },
    // Cookie banners (opening with their words: a leading `.*` would cost every
    // line's reading many more automaton states).
    LineRule {
        reason: "cookie-banner",
        pattern: r"(?i)^(?:(?:cookie\s+(?:notice|consent|policy)\s*:\s*)?(?:we|this\s+(?:site|website))\s+uses?\s+cookies\b.*|by\s+(?:continuing\s+to\s+(?:browse|use)|using)\s+(?:this|our|the)\s+(?:site|website)\b.*\bcookies\b.*|(?:accept|manage)\s+(?:all\s+)?cookies\b.*|cookies?\s+(?:policy|settings|preferences)\b.*)$",
        max_len: 400,
    },
    // Copyright notices: "© 2025 Bangkok Herald. All rights reserved.", "Copyright
    // 2025 The Associated Press. All rights reserved." (not "(c)", a clause's label).
    LineRule {
        reason: "copyright",
        pattern: r"(?i)^(?:(?:copyright\s*)?©.*|copyright\s+(?:\(c\)\s*)?[0-9]{4}\b.*)$",
        max_len: 200,
    },
    // Wire and syndication credits: "Reporting by A in Bangkok; Editing by B",
    // "Enditem", "-- BERNAMA", "With files from The Canadian Press", "This article was
    // originally published on The Conversation.", "Edited by: Ravi Shankar".
    LineRule {
        reason: "syndication-note",
        pattern: r"(?i)^(?:reporting\s+by\b[^;]*;\s*(?:additional\s+reporting|writing|editing)\s+by\b.*|enditem\.?|-{1,2}\s*bernama|[-—–]*\s*with\s+files\s+from\b.*|this\s+(?:article|story)\s+was\s+originally\s+published\s+(?:on|in|by)\b.*|edited\s+by\s*:.*)$",
        max_len: 300,
    },
    // Page prompts: "Like Loading...", "Your email address will not be published.",
    // "Story continues below advertisement", "Get the latest news delivered to your
    // inbox".
    LineRule {
        reason: "page-chrome",
        pattern: r"(?i)^(?:like\s+loading\.*|your\s+email\s+address\s+will\s+not\s+be\s+published\.?.*|story\s+continues\s+below(?:\s+this)?\s+advertisement|get\s+the\s+latest\s+news\b.*\binbox\.?|have\s+you\s+got\s+a\s+story\?.*|(?:advertisement\s*[-–—:|]*\s*)?(?:the\s+)?(?:story|article)\s+continues\s+(?:below|after\s+(?:this\s+)?advertisement)|please\s+enter\s+(?:your\s+)?(?:comment|name|email|e-mail)\b.*|you\s+have\s+entered\s+an\s+incorrect\s+email\s+address!?|save\s+my\s+name,?\s+email,?\s+and\s+website\b.*|cancel\s+reply|reply|(?:type|enter)\s+your\s+(?:email|e-mail)(?:\s+address)?\s*\.*|subscribe(?:\s+now)?|unsubscribe\b.*|(?:reminder,?\s+)?this\s+is\s+a\s+(?:premium|subscriber(?:[\s-]+only)?|paid)\s+(?:article|story|content)\b.*|∙?\s*paid|[0-9][0-9.,]*[km]?\s+(?:followers|following|claps?)|view\s+(?:this\s+(?:email|e-mail|newsletter)\s+)?(?:in|on)\s+(?:your|a|the)\s+(?:web\s+)?browser\.?|you\s+(?:are\s+)?receiv(?:ing|ed)\s+this\s+(?:email|e-mail|newsletter|message)\b.*)$",
        max_len: 200,
    },
    // Widgets: related, popular, read more; a page's tag lines ("Tags: …", and
    // justice.gov's "Topic: … | …" and "Component: USAO - …").
    LineRule {
        reason: "widget",
        pattern: r"(?i)^(?:popular|more\s+like\s+this|related\s+stor(?:y|ies)\b.*|related(?:\s+(?:posts?|articles?|stories|story|news|content|topics|links))?|more\s+news|read\s+more(?:\s*[:»›>].*)?|read\s+next|recent\s+(?:news|posts|articles)|most\s+(?:read|popular|viewed)|trending(?:\s+(?:now|stories|news))?|latest(?:\s+(?:news|stories|posts))?|you\s+(?:may|might)\s+also\s+like|recommended(?:\s+(?:for\s+you|stories|videos))?|top\s+stories|more\s+on\s+this\s+story|more\s+[a-z]+\s+news|editor['’]s\s+picks|suggested\s+topics|[-–—\s]*advertisement[-–—\s]*|sponsored(?:\s+content)?|ad|comments?|leave\s+a\s+(?:comment|reply)|tags?:.*|(?:tags?|keywords?)\s*[/&|,]\s*(?:tags?|keywords?|topics?)\s*:.*|related\s+(?:articles|posts|stories)\s*more\s+from\s+(?:the\s+)?author|categories:.*|topics?:.*|components?:.*|filed\s+under:?.*|also\s+read:?.*|read\s+also:?.*|related\s*:\s.*|related\s+(?:news|articles?|posts?|links?)\s*:\s.*|see\s+also:?.*|(?:read|watch|listen)\s*:\s.*|more\s+(?:from|on)\s+\S.{0,40}|more\s+(?:stories|articles|news)(?:\s+from\s+.{1,40})?|don['’]t\s+miss|baca\s+juga\b.*|lihat\s+juga\b.*)\s*:?$",
        max_len: ANY_LEN,
    },
    // A post's pager, its label often glued to the headline it links to by the
    // page's text extraction: "Previous article", "Next articleFour held in raid",
    // "Next post: Four held in raid". (`zones` reads the rest of the page as tail.)
    LineRule {
        reason: PAGER,
        pattern: r"^(?:Previous|Next|PREVIOUS|NEXT)\s+(?:article|post|story|ARTICLE|POST|STORY)(?:\s*[:»›|]\s*\S.*|\p{Lu}.*|\s*[:»›|]?)$",
        max_len: 200,
    },
    // Markdown image lines and linked images.
    LineRule {
        reason: "image",
        pattern: r"^(?:\[?!\[(?:[^\[\]]|\[[^\[\]]*\])*\]\([^)]*\)\]?(?:\([^)]*\))?\s*)+$",
        max_len: ANY_LEN,
    },
    // A line that is only a link.
    LineRule {
        reason: "link-only",
        pattern: r"^\[[^\]]*\]\([^)]*\)$",
        max_len: ANY_LEN,
    },
    // A bare URL.
    LineRule {
        reason: "link-only",
        pattern: r"^(?:https?://|www\.)\S+$",
        max_len: ANY_LEN,
    },
];

/// Every line rule in one set: a line is read once, whatever the number of rules.
static RULES: LazyLock<RegexSet> =
    LazyLock::new(|| regex_set(LINE_RULES.iter().map(|r| r.pattern)).expect("line rules compile"));

static WP_TRAILER: LazyLock<Rule> = LazyLock::new(|| {
    regex(r"^The post (?P<title>.+) appeared first on (?P<pub>.+?)\.?$").expect("trailer regex")
});

static HEADER_FIELD: LazyLock<Rule> = LazyLock::new(|| {
    regex(r"(?i)^(?P<key>keywords|authors?|by|date|publish(?:ed)?\s+date|date\s+published|published(?:\s+on)?|updated|tags|categories|source|url|canonical|byline|summary|description|top\s+image|image\s+url|videos?|movies?):\s*(?P<val>.*)$")
        .expect("header regex")
});

static MD_LINK: LazyLock<Rule> = LazyLock::new(|| {
    // (one level of brackets inside the text: "![Site[.]io page](u)")
    regex(r"!?\[(?P<text>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\((?:[^()\s]|\([^()\s]*\))*\)")
        .expect("link regex")
});

static BULLET: LazyLock<Rule> = LazyLock::new(|| {
    regex(r"^(?:[•●▪◦‣∙·*\-–]\s+|[0-9]{1,2}[.)]\s+|\([a-z0-9]\)\s+)").expect("bullet regex")
});

/// True when a body line is a list item (bullet, dash, numbered).
pub fn is_list_item(line: &str) -> bool {
    // Asked of every line several times: a line that cannot open like [`BULLET`]
    // is answered without running it.
    line.starts_with(|c| {
        matches!(
            c,
            '•' | '●' | '▪' | '◦' | '‣' | '∙' | '·' | '*' | '-' | '–' | '(' | '0'..='9'
        )
    }) && BULLET.is_match(line)
}

/// Why a line was removed, or `None` to keep it.
pub fn furniture(line: &str) -> Option<&'static str> {
    if !RULES.is_match(line) {
        return credit_line(line)
            .or_else(|| site_prompt(line))
            .or_else(|| player_furniture(line));
    }
    RULES
        .matches(line)
        .into_iter()
        .map(|i| &LINE_RULES[i])
        .find(|r| line.len() <= r.max_len && !(r.reason == "caption" && narrates(line)))
        .map(|r| r.reason)
}

/// A media player's and an embed's leftovers, read by hand (gated on the first
/// byte and a literal, so other lines pay one comparison): a broadcaster's caption
/// labels ("media caption Officers at the scene", "image copyright Agency image
/// caption …", "Media playback is unsupported on your device"), its story header
/// run together ("Published duration 3 hours ago Related Topics …"), an embedded
/// post's signature ("… pic.twitter.com/x1 — Jo Roe (@jroe) May 2, 2021") and a
/// bulleted credit ("• Additional reporting by Reuters").
fn player_furniture(line: &str) -> Option<&'static str> {
    let first = *line.as_bytes().first()?;
    let lower = |n: usize| line.get(..n).map(str::to_ascii_lowercase);
    match first | 0x20 {
        b'm' | b'i' if line.len() <= 600 => {
            let l = lower(line.len().min(40))?;
            (l.starts_with("media caption")
                || l.starts_with("image caption")
                || l.starts_with("image copyright")
                || l.starts_with("image source")
                || l.starts_with("media playback is unsupported"))
            .then_some("caption")
        }
        b'p' if line.len() <= 300 => {
            let l = lower(line.len().min(20))?;
            l.starts_with("published duration").then_some("page-chrome")
        }
        _ if line.starts_with(['•', '●', '*', '-']) && line.len() <= 200 => {
            let rest = line.trim_start_matches(['•', '●', '*', '-', ' ']);
            rest.get(..23)
                .is_some_and(|w| w.eq_ignore_ascii_case("additional reporting by"))
                .then_some("syndication-note")
        }
        _ if line.contains("(@") && line.len() <= 600 => embedded_post(line),
        _ => None,
    }
}

/// An embedded post's signature ending the line: "— Name (@handle) Month D, YYYY".
fn embedded_post(line: &str) -> Option<&'static str> {
    let (before, after) = line.rsplit_once("(@")?;
    let (handle, date) = after.split_once(')')?;
    let signed =
        before.trim_end().rsplit_once(['—', '–']).is_some() || before.contains("pic.twitter.com/");
    (signed
        && !handle.is_empty()
        && handle
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && zones::parse_stamp(date.trim()).is_some())
    .then_some("embedded-post")
}

/// News sites' prompts and credits read by their words rather than by the line
/// rules' automaton (each alternative there costs every line more states to build):
/// "Kindly Share This Story:", "Print Friendly, PDF & Email", "TEXT AD: …", "Catch
/// all the Latest News …", "Disclaimer: Comments expressed here …", a wire's credit
/// ("— Bernama", "(Reuters)") and a writer's name before an e-mail address
/// ("Hyo-jin lhj@example.co.kr").
fn site_prompt(line: &str) -> Option<&'static str> {
    const WIRES: &[&str] = &[
        "bernama", "reuters", "afp", "xinhua", "pti", "ani", "ians", "yonhap", "kyodo", "efe",
        "dpa", "anadolu", "pna", "vna",
    ];
    let t = line.trim();
    if t.len() > 200 {
        return None;
    }
    // (most lines are none of these: each test reads a few bytes, nothing is built)
    let starts =
        |p: &str| t.len() >= p.len() && t.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    if (starts("kindly share this ") && t.split_whitespace().count() <= 4)
        || t.eq_ignore_ascii_case("print friendly, pdf & email")
        || t.eq_ignore_ascii_case("print friendly, pdf and email")
    {
        return Some("share-prompt");
    }
    if starts("text ad:")
        || starts("catch all the latest ")
        || (starts("disclaimer:") && t.contains(" expressed "))
    {
        return Some("page-chrome");
    }
    if t.len() <= 24 && t.starts_with(['-', '—', '–', '(']) {
        let w = t.trim_start_matches(['-', '—', '–']).trim_start();
        let w = match w.strip_prefix('(') {
            Some(inner) => inner.strip_suffix(')').unwrap_or("").trim(),
            None if t.starts_with('(') => "",
            None => w,
        };
        if WIRES.iter().any(|wire| w.eq_ignore_ascii_case(wire)) {
            return Some("syndication-note");
        }
    }
    // a name of up to four capitalised words, then an e-mail address
    if !t.contains('@') {
        return None;
    }
    let (name, email) = t.rsplit_once(char::is_whitespace)?;
    let at = email.find('@')?;
    let words = name.split_whitespace().count();
    let named = (1..=4).contains(&words)
        && name.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '’'))
        });
    let plain = email.starts_with(|c: char| c.is_ascii_alphanumeric());
    (named && plain && at > 0 && email[at..].contains('.')).then_some("contact")
}

/// A sentence in the past tense, without a credit's colon: "Three nationals were
/// arrested on March 12, 2024 in Manila, Philippines." is the story; a wire photo's
/// caption speaks in the present ("X speaks to reporters on …").
pub(crate) fn narrates(line: &str) -> bool {
    !line.contains(':') && (line.contains(" were ") || line.contains(" was "))
}

/// A photo's caption closed by its credit, "Police escort suspects in Manila on March
/// 3, 2025. (AP Photo/Aaron Favila)", "(Photo by Jane Roe / AFP)"; and a wire story's
/// credit to its writers, "Associated Press writers A in Bangkok and B in Manila
/// contributed to this report." (Read from the line's end, which the line rules'
/// automaton, anchored at the start, does not reach cheaply.)
fn credit_line(line: &str) -> Option<&'static str> {
    if line.len() > 400 {
        return None;
    }
    let t = line.trim_end();
    if let Some(inner) = t
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once('(').map(|(_, inner)| inner))
    {
        let credit = [
            "AP Photo",
            "Photo by",
            "Photo:",
            "Photo/",
            "Photos by",
            "AFP Photo",
            "Reuters/",
            "Getty Images",
            "EPA-EFE",
            "File photo",
        ]
        .iter()
        .any(|c| inner.trim_start().starts_with(c));
        if credit {
            return Some("caption");
        }
    }
    let lower = t.trim_end_matches('.').to_ascii_lowercase();
    // A stock photo's credit: "Photo by Jane Roe on Unsplash".
    if (lower.starts_with("photo by ") || lower.starts_with("image by "))
        && ["on unsplash", "on pexels", "on pixabay"]
            .iter()
            .any(|site| lower.ends_with(site))
    {
        return Some("caption");
    }
    // A print edition's credit: "Published in The Daily Ledger, September 2nd, 2025"
    // (the paper's print date, not the page's).
    if lower.starts_with("published in ")
        && t.len() <= 100
        && t.trim_end_matches('.')
            .ends_with(|c: char| c.is_ascii_digit())
        && lower.contains(',')
    {
        return Some("syndication-note");
    }
    // A reader comment's stamp: "Mai T. · 2 days ago", "Jo Roe | 3 hours ago".
    if t.len() <= 60
        && lower.ends_with(" ago")
        && t.contains(['·', '|', '•'])
        && relative_stamp(&lower)
    {
        return Some("comments");
    }
    (lower.ends_with("contributed to this report")
        || lower.ends_with("contributed to this story")
        || lower.ends_with("contributed reporting"))
    .then_some("syndication-note")
}

/// "… 2 days ago", "… an hour ago": the text before " ago" ends in a count and a
/// unit of time.
fn relative_stamp(lower: &str) -> bool {
    let mut words = lower.trim_end_matches(" ago").split_whitespace().rev();
    let unit = words.next().unwrap_or("");
    let count = words.next().unwrap_or("");
    [
        "second", "minute", "hour", "day", "week", "month", "year", "min", "hr",
    ]
    .iter()
    .any(|u| unit.trim_end_matches('s') == *u)
        && (count.bytes().all(|b| b.is_ascii_digit()) && !count.is_empty()
            || ["a", "an"].contains(&count))
}

/// One input line on its way through cleaning.
#[derive(Debug, Clone)]
struct Line {
    /// Trimmed text, links unwrapped.
    text: String,
    /// Offset of its first byte in the input.
    source: usize,
    /// A blank line came before it in the input.
    after_blank: bool,
    /// `Some(reason)` once it is removed.
    removed: Option<&'static str>,
    /// It was a Markdown heading (`# …`).
    markdown_heading: bool,
    /// [`is_prose`] of `text`, set once the text is final (after hard wraps are
    /// joined): the page rules ask it of every line in every round.
    prose: bool,
    /// Short like a menu item and holding no date (`zones`' navigation test), set
    /// with `prose`.
    short: bool,
}

/// Clean scraped text (already decoded and normalized by `ingest`).
///
/// Three passes: (1) each line on its own — furniture, header fields, trailers;
/// (2) the page's zones — the title, page chrome before the article's first
/// paragraph, navigation runs, and what follows an end marker ("###") or a
/// "Related"/"Latest News" widget; (3) hard-wrapped lines joined and the body laid
/// out, one block a line.
pub fn clean(text: &str) -> Cleaned {
    let mut out = Cleaned::default();
    // The body is about the text's size (lines trimmed and markup taken off, line
    // breaks doubled between paragraphs): room for it up front, where growing by
    // doubling would copy it again and again.
    out.body.reserve(text.len());
    let mut lines = Vec::new();
    let mut offset = 0;
    let mut after_blank = false;
    // A front matter block opening the text: its title and date are the page's.
    if let Some(fm) = front_matter(text) {
        out.meta.title = fm.title;
        out.meta.published = fm.date;
        out.removed.push(Removed {
            text: text[..fm.end].trim().to_string(),
            reason: "front-matter",
        });
        offset = fm.end;
    }
    for raw_line in text[offset..].split('\n') {
        let line_start = offset;
        offset += raw_line.len() + 1;
        let trimmed = raw_line.trim();
        if trimmed.is_empty() {
            after_blank = true;
            continue;
        }
        let lead = raw_line.len() - raw_line.trim_start().len();
        let read = read_line(trimmed);
        out.meta.fill_from(read.meta);
        lines.push(Line {
            text: read.text,
            source: line_start + lead,
            after_blank,
            removed: read.removed,
            markdown_heading: read.markdown_heading,
            prose: false,
            short: false,
        });
        after_blank = false;
    }
    // A figure's caption set in bold right above its "_Source: …_" line.
    for i in 1..lines.len() {
        // (the source line itself goes as a caption when set in italics)
        if lines[i - 1].removed.is_some() {
            continue;
        }
        let t = lines[i].text.trim_start_matches(['_', '*']);
        let prev = &lines[i - 1].text;
        if t.get(..7)
            .is_some_and(|w| w.eq_ignore_ascii_case("source:"))
            && prev.len() > 4
            && prev.starts_with("**")
            && prev.ends_with("**")
        {
            lines[i - 1].removed = Some("caption");
        }
    }
    // A joined line is judged again as a whole ("[ the" + "the. ](url)" is a link),
    // so that cleaning a clean body removes nothing more.
    for i in zones::join_hard_wraps(&mut lines) {
        // (unwrapping can bare heading marks, as on a single line: "[ # the" +
        // "word. ](url)")
        let unwrapped = strip_heading_marks(unwrap_links(&lines[i].text), false);
        // (as the links' text too: "[[ Date: the" + "twenty-one ](u)](v)" is a header
        // field, as it will be read when the cleaned body is cleaned again)
        let mut read = Meta::default();
        lines[i].removed = furniture(&lines[i].text)
            .or_else(|| classify(&unwrapped, &mut read))
            .or_else(|| unwrapped.is_empty().then_some("empty-after-links"));
        out.meta.fill_from(read);
        lines[i].text = if lines[i].removed.is_some() {
            std::mem::take(&mut lines[i].text)
        } else {
            unwrapped
        };
    }
    for line in lines.iter_mut().filter(|l| l.removed.is_none()) {
        (line.prose, line.short) = prose_and_short(&line.text);
    }
    // Page rules read the page as it stands: taking chrome away can change which line
    // opens it, so they run until nothing more goes (a fixed point, at most a few
    // rounds) — which is what makes cleaning a cleaned body remove nothing more.
    // The first round's reading of the metadata stands; later rounds only remove,
    // and fill in what it left unknown.
    // Before the page rules, only a WordPress trailer can have named the title.
    // A round that removes no line leaves the next one the same page (the rules
    // read only the lines and the trailer's title; they write `meta`, never read
    // it), so it is the fixed point, and the rounds stop there.
    let trailer_title = out.meta.title.clone();
    let trailer_title = trailer_title.as_deref();
    let kept = |lines: &[Line]| lines.iter().filter(|l| l.removed.is_none()).count();
    let mut before = kept(&lines);
    let first = zones::apply(&mut lines, &mut out.meta, trailer_title, None);
    let mut title = first;
    for _ in 0..4 {
        let now = kept(&lines);
        if now == before {
            break;
        }
        before = now;
        let mut scratch = out.meta.clone();
        title = zones::apply(&mut lines, &mut scratch, trailer_title, first);
        // (what a later round reads where the first read nothing: the date line
        // under chrome the first round took away)
        out.meta.fill_from(scratch);
    }
    if let Some(i) = first.filter(|&i| lines[i].removed.is_none()) {
        title = Some(i);
    }
    // A posting date on a line of its own dates the page when nothing above the
    // article did ("Posted 15 Mar 2024" under it); never before that: a sidebar
    // lists other pages' ("Posted on: Feb 13, 2025").
    if out.meta.published.is_none() {
        out.meta.published = lines
            .iter()
            .filter(|l| l.removed == Some(DATELINE))
            .find_map(|l| zones::parse_stamp(&without_time(stamp_date(&l.text))));
    }
    // A page that names its publisher nowhere else names it in its copyright notice
    // ("Copyright © 2025 Cebu Daily. All rights reserved.").
    if out.meta.publisher.is_none() {
        out.meta.publisher = lines
            .iter()
            .filter(|l| l.removed == Some("copyright"))
            .find_map(|l| copyright_holder(&l.text));
    }
    let mut prev_list = false;
    for (i, line) in lines.into_iter().enumerate() {
        if let Some(reason) = line.removed {
            if reason != "joined" {
                out.removed.push(Removed {
                    text: line.text,
                    reason,
                });
            }
            continue;
        }
        let list = is_list_item(&line.text);
        if !out.body.is_empty() {
            out.body
                .push_str(if list && prev_list && !line.after_blank {
                    "\n"
                } else {
                    "\n\n"
                });
        }
        out.line_map.push((out.body.len(), line.source));
        let start = out.body.len();
        out.body.push_str(&line.text);
        if Some(i) == title {
            out.title = Some(crate::span::Span::new(start, out.body.len()));
            if out.meta.title.is_none() {
                // (a title set in bold, "**Daily report**", without its marks)
                let bare = line.text.trim_matches('*').trim();
                let t = if bare.is_empty() { &line.text } else { bare };
                out.meta.title = Some(t.to_string());
            }
        }
        prev_list = list;
    }
    out
}

/// A front matter block opening a text ([`front_matter`]).
struct FrontMatter {
    /// Its `title:` (or its one bare line).
    title: Option<String>,
    /// Its `date:`.
    date: Option<PartialDate>,
    /// Where the block ends in the text (past its closing `---`).
    end: usize,
}

/// A YAML front matter block opening a Markdown text: `---`, `key: value` lines (or
/// one bare title line), `---`.
pub(crate) fn front_matter_title(text: &str) -> Option<(Option<String>, usize)> {
    front_matter(text).map(|f| (f.title, f.end))
}

fn front_matter(text: &str) -> Option<FrontMatter> {
    let lead = text.len() - text.trim_start().len();
    let body = text[lead..].strip_prefix("---\n")?;
    let close = body.find("\n---")?;
    let after = &body[close + 4..];
    if close > 4000 || !(after.is_empty() || after.starts_with('\n')) {
        return None;
    }
    let block = &body[..close];
    let mut fm = FrontMatter {
        title: None,
        date: None,
        end: lead + 4 + close + 4,
    };
    let unquote = |v: &str| v.trim().trim_matches(['"', '\'']).trim().to_string();
    let fields: Vec<&str> = block.lines().filter(|l| !l.trim().is_empty()).collect();
    if fields.is_empty() || fields.len() > 40 {
        return None;
    }
    fn field(l: &str) -> Option<(&str, &str)> {
        l.split_once(':').filter(|(k, _)| {
            !k.is_empty()
                && k.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        })
    }
    if let [only] = fields[..] {
        if field(only).is_none() {
            // (a scraper's block around the bare title)
            fm.title = Some(only.trim().to_string()).filter(|t| looks_like_headline(t));
            return fm.title.is_some().then_some(fm);
        }
    }
    let mut keyed = 0;
    for l in &fields {
        let Some((k, v)) = field(l) else {
            // (a folded value's continuation or a list item)
            if l.starts_with([' ', '-']) {
                continue;
            }
            return None;
        };
        keyed += 1;
        match k.to_ascii_lowercase().as_str() {
            "title" if !unquote(v).is_empty() => fm.title = Some(unquote(v)),
            "date" | "published" | "pubdate" | "publishdate" => {
                fm.date = fm
                    .date
                    .or_else(|| zones::parse_stamp(&without_time(&unquote(v))));
            }
            _ => {}
        }
    }
    (keyed > 0).then_some(fm)
}

/// One input line read on its own (cleaning's first pass).
#[derive(Debug, Clone, PartialEq)]
struct LineReading {
    /// Trimmed, links unwrapped, inline widgets and heading marks taken off.
    text: String,
    /// Why the line goes, when it does.
    removed: Option<&'static str>,
    /// It was a Markdown heading (`# …`).
    markdown_heading: bool,
    /// What it states about the page (header fields, a trailer), to fill the
    /// page's metadata where it says nothing yet.
    meta: Meta,
}

/// [`read_line_uncached`], remembered for lines that recur across pages (a site's
/// menus, footers and hotline notices).
fn read_line(trimmed: &str) -> LineReading {
    thread_local!(static MEMO: RefCell<Memo<LineReading>> = RefCell::default());
    memo::cached(&MEMO, trimmed, || read_line_uncached(trimmed))
}

/// Reads one trimmed, non-empty line: furniture, header fields and trailers are
/// removed (their metadata kept), links unwrapped, widgets cut.
fn read_line_uncached(raw: &str) -> LineReading {
    // (character references a scraper left: "Tom &amp; Jo", "&#8220;")
    let decoded = crate::ingest::decode_entities(raw);
    let trimmed = decoded.trim();
    if trimmed.is_empty() {
        return LineReading {
            text: String::new(),
            removed: Some("empty-after-links"),
            markdown_heading: false,
            meta: Meta::default(),
        };
    }
    let mut meta = Meta::default();
    let mut removed = classify(trimmed, &mut meta);
    let markdown_heading = (trimmed.starts_with("# ") || trimmed.starts_with("##"))
        && !trimmed.trim_start_matches(['#', ' ']).is_empty();
    let text = if removed.is_some() {
        trimmed.to_string()
    } else {
        let t = unwrap_links(trimmed);
        let t = strip_inline_widgets(t);
        let t = strip_heading_marks(t, markdown_heading);
        // Markup taken off can reveal furniture ("# Box 1", "[Share](…)"): judge the
        // line again, so that cleaning a clean body removes nothing more.
        if t != trimmed {
            removed = classify(&t, &mut meta);
        }
        t
    };
    let removed = removed
        .or_else(|| text.is_empty().then_some("empty-after-links"))
        .or_else(|| {
            // Marks alone, or a Markdown heading with nothing to read in it
            // ("# #. ;"): kept, it would be taken for the title, and cleaning
            // the body again (no longer a heading) would drop it as chrome.
            let bare = text.chars().all(|c| c == '#' || c == ' ');
            let empty_heading = markdown_heading && !text.chars().any(char::is_alphanumeric);
            (bare || empty_heading).then_some("markup")
        });
    LineReading {
        text,
        removed,
        markdown_heading,
        meta,
    }
}

/// Fill `meta`'s missing date and writer from a byline element a page's markup set
/// apart ("By Lena Hartmann · 5 min read · Nov 27, 2024").
pub(crate) fn fill_from_byline(meta: &mut Meta, text: &str) {
    let (date, who) = zones::byline_element(text);
    if meta.published.is_none() {
        meta.published = date;
    }
    // (a visible writer beats a desk the metadata names: "Web Desk")
    let placeholder = |w: &Option<String>| w.as_deref().is_some_and(zones::placeholder_author);
    if meta.byline.is_none() || placeholder(&meta.byline) && who.is_some() && !placeholder(&who) {
        meta.byline = who.or(meta.byline.take());
    }
}

/// A press office's header run together on one line, as a page's inline parts give
/// it: "Thursday, June 12, 2025 For Immediate Release Office of Public Affairs". Its
/// date, when the line opens with one. (Read by hand, not as a line rule: a pattern
/// of up to 40 characters of any kind before the date made the rule set's automaton
/// ~13 MB larger.)
fn release_header(line: &str) -> Option<PartialDate> {
    const MARK: &str = "for immediate release";
    if line.len() > 160 || !line.contains("mmediate") {
        return None;
    }
    let at = line.to_ascii_lowercase().find(MARK)?;
    let date = line[..at]
        .trim()
        .trim_end_matches(['|', '-', '–', '—'])
        .trim();
    if date.is_empty() {
        return None;
    }
    parse_date(date)
}

/// A page's date under a label the line rules do not read: a theme's misspelt one
/// after its category ("Crime Pubished: 20th July, 2020"), "Post By : 8th May
/// 2024", the writer between label and date ("Posted by Jo Roe March 3, 2021"),
/// a field list's bullet before it ("+ Date: October 26, 2021"). What follows the
/// label must be a date and nothing else. The date, and the writer when named.
fn labelled_stamp(line: &str) -> Option<(PartialDate, Option<String>)> {
    // (a short line with a colon or a "by" only: most lines pay a byte search)
    if line.len() > 100 || !(line.contains(':') || line.contains(" by") || line.contains(" By")) {
        return None;
    }
    let t = line.trim_start_matches(['+', '-', '*', '•', ' ']);
    let bulleted = t.len() < line.len();
    let lower = t.to_ascii_lowercase();
    const PUBLISHED: &[&str] = &["published", "pubished", "publised", "pulished", "publihed"];
    for label in PUBLISHED.iter().chain(&["posted by", "post by", "date"]) {
        let Some(at) = lower.find(label) else {
            continue;
        };
        let before = &t[..at];
        let rest = t[at + label.len()..].trim_start();
        let colon = rest.starts_with(':');
        let rest = rest.trim_start_matches(':').trim_start();
        let by = label.ends_with(" by");
        // (a category's few words may stand before a "published" label, with its
        // colon; "date" only opens a bulleted field: "Trial date: …" is the story's)
        let placed = if PUBLISHED.contains(label) {
            colon
                && (before.is_empty()
                    || before.ends_with(' ')
                        && before.split_whitespace().count() <= 4
                        && !before
                            .split_whitespace()
                            .next()
                            .is_some_and(|w| w.eq_ignore_ascii_case("by"))
                        && before
                            .chars()
                            .all(|c| c.is_alphabetic() || c == ' ' || c == '&'))
        } else if by {
            before.is_empty()
        } else {
            before.is_empty() && colon && bulleted
        };
        if !placed || rest.is_empty() {
            continue;
        }
        if let Some(d) = whole_date(rest) {
            return Some((d, None));
        }
        if by {
            // "Jo Roe March 3, 2021": up to four capitalised words, then the date
            let words: Vec<&str> = rest.split_whitespace().take(5).collect();
            for k in 1..words.len().min(5) {
                if !words[k - 1].starts_with(|c: char| c.is_uppercase()) {
                    break;
                }
                let at = rest.find(words[k]).unwrap_or(rest.len());
                if let Some(d) = whole_date(&rest[at..]) {
                    let who = rest[..at].trim().to_string();
                    return Some((d, Some(who)));
                }
            }
        }
        return None;
    }
    None
}

/// `text` read as one date and nothing more (a time after it allowed).
fn whole_date(text: &str) -> Option<PartialDate> {
    let text = without_time(text.trim());
    let d = zones::parse_stamp(&text)?;
    // (the date must be about all of it: a few words holding a year's digits)
    let digits = text.bytes().filter(u8::is_ascii_digit).count();
    let words = text.split_whitespace().count();
    (words <= 4 && digits >= 4 && text.len() <= 32).then_some(d)
}

/// [`zones::prose_and_short`], remembered for lines that recur across pages.
fn prose_and_short(text: &str) -> (bool, bool) {
    thread_local!(static MEMO: RefCell<Memo<(bool, bool)>> = RefCell::default());
    memo::cached(&MEMO, text, || zones::prose_and_short(text))
}

/// The holder a copyright notice names: "© 2025 Bangkok Herald. All rights
/// reserved." → "Bangkok Herald", "Copyright (c) 2019-2025 The Daily Example |
/// Privacy" → "The Daily Example". None when what is left is no name (a sentence, a
/// credit such as "Supplied", lower-case words).
fn copyright_holder(line: &str) -> Option<String> {
    let mut rest = line.trim();
    loop {
        let before = rest;
        for lead in ["copyright", "©", "(c)"] {
            if rest
                .get(..lead.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(lead))
            {
                rest = rest[lead.len()..].trim_start();
            }
        }
        // years and their ranges: "2019-2025", "2025,"
        rest = rest
            .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '–' | ',' | ' '));
        if rest == before {
            break;
        }
    }
    let end = [
        ". All",
        " All rights",
        " all rights",
        " |",
        " unless",
        " - All",
        ". ",
        " ·",
    ]
    .iter()
    .filter_map(|stop| rest.find(stop))
    .min()
    .unwrap_or(rest.len());
    let holder = rest[..end].trim().trim_end_matches(['.', ',', ';']);
    let words = holder.split_whitespace().count();
    let named = holder.starts_with(|c: char| c.is_uppercase())
        && (1..=6).contains(&words)
        && holder.len() <= 60
        && holder.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '&')
                || matches!(w, "of" | "and" | "the" | "de" | "du")
        })
        && !matches!(
            holder.to_ascii_lowercase().as_str(),
            "all rights reserved" | "supplied" | "the author" | "the authors" | "reserved"
        );
    named.then(|| holder.to_string())
}

/// Decide a line's fate; header fields and trailers fill `meta` on the way.
fn classify(line: &str, meta: &mut Meta) -> Option<&'static str> {
    // (each rule is asked only of lines that can match it: the trailer opens with
    // its words, a header field holds a colon)
    if let Some(c) = line
        .starts_with("The post ")
        .then(|| WP_TRAILER.captures(line))
        .flatten()
    {
        meta.publisher
            .get_or_insert_with(|| c["pub"].trim().to_string());
        // The post's own title: `zones` looks for the line that repeats it.
        meta.title
            .get_or_insert_with(|| c["title"].trim().to_string());
        return Some("wordpress-trailer");
    }
    if let Some(date) = release_header(line) {
        meta.published.get_or_insert(date);
        return Some(RELEASE_HEADER);
    }
    if let Some((date, who)) = labelled_stamp(line) {
        meta.published.get_or_insert(date);
        if let Some(who) = who {
            meta.byline.get_or_insert(who);
        }
        return Some(DATELINE);
    }
    if let Some(reason) = furniture(line) {
        if reason == "contact" && meta.published.is_none() {
            meta.published = parse_date(line);
        }
        if reason == UPDATE_STAMP && meta.updated.is_none() {
            meta.updated = parse_date(&without_time(stamp_date(line)));
        }
        // ("Ends/Friday, May 17, 2024": the release's date)
        if reason == "end-marker" && meta.published.is_none() {
            if let Some((_, date)) = line.split_once('/') {
                meta.published = zones::parse_stamp(&without_time(date));
            }
        }
        return Some(reason);
    }
    // (a scraper's field list sets them with "+": "+ Source: Wire", "+ Link: x")
    let field_line = line.strip_prefix("+ ").unwrap_or(line);
    if let Some(c) = line
        .contains(':')
        .then(|| HEADER_FIELD.captures(field_line))
        .flatten()
    {
        let key = c["key"].to_ascii_lowercase();
        let val = c["val"].trim();
        // A header field is short, or a known scraper key; "Source: police said …" in prose is not.
        let known = matches!(
            key.as_str(),
            "keywords"
                | "authors"
                | "author"
                | "tags"
                | "categories"
                | "top image"
                | "image url"
                | "videos"
                | "movies"
        ) || key.contains("publish")
            || key == "url"
            || key == "canonical";
        if known || val.len() < 80 {
            if key.contains("publish") || key == "date" {
                if let Some(d) = zones::parse_stamp(&without_time(val)) {
                    meta.published.get_or_insert(d);
                }
            } else if key == "updated" {
                if let Some(d) = zones::parse_stamp(&without_time(val)) {
                    meta.updated.get_or_insert(d);
                }
            } else if key.starts_with("author") || key == "by" || key == "byline" {
                if !val.is_empty() {
                    meta.byline.get_or_insert_with(|| val.to_string());
                }
            } else if (key == "url" || key == "canonical") && !val.is_empty() {
                meta.url.get_or_insert_with(|| val.to_string());
            }
            return Some("header-field");
        }
    }
    None
}

/// The date of an update stamp: the text after "Last updated on:" and the like.
fn stamp_date(line: &str) -> &str {
    let mut rest = line.trim_start();
    for label in ["last", "updated", "modified", "posted", "published", "on"] {
        if rest
            .get(..label.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(label))
        {
            rest = rest[label.len()..].trim_start_matches([' ', ':']);
        }
    }
    rest
}

/// `t` without the marks of a Markdown heading: when the line was one, or when
/// taking markup off left it opening like one. "# # Title" and "## #" lose every
/// leading mark, not only the first run.
fn strip_heading_marks(t: String, heading: bool) -> String {
    if heading || t.starts_with("# ") || t.starts_with("##") {
        t.trim_start_matches(['#', ' ']).trim_end().to_string()
    } else {
        t
    }
}

fn looks_like_headline(line: &str) -> bool {
    let words = line.split_whitespace().take(31).count();
    (1..=30).contains(&words) && !line.ends_with(['.', ',', ';', ':']) && !is_list_item(line)
}

static INLINE_WIDGET: LazyLock<Rule> = LazyLock::new(|| {
    // No leading `\s*`: starting at the words lets the regex engine look for them
    // as literals instead of running its automaton over the whole line; the white
    // space before them is taken off by the caller.
    // (and a broadcaster's story header run onto the headline: "Published duration
    // 3 hours ago Related Topics …")
    regex(r"\b(?:Related Story|RELATED STORY|Related Article|READ MORE|Read more:|Also read|ALSO READ|Published duration)(?:\s*[:|])?\s+[^.!?]*$").expect("inline widget regex")
});

/// Cut a "Related Story <headline>" widget fused onto the end of a paragraph.
fn strip_inline_widgets(mut line: String) -> String {
    // The widget starts with the white space before its words.
    let kept = INLINE_WIDGET
        .find(&line)
        .map(|m| line[..m.start()].trim_end().len());
    if let Some(len) = kept.filter(|&len| len > 0) {
        line.truncate(len);
    }
    line
}

/// How many times nested links (`[[a](b)](c)`) are unwrapped: each pass takes off one
/// level, so the bound keeps absurd nesting linear.
const LINK_PASSES: usize = 8;

fn unwrap_links(line: &str) -> String {
    let mut line = line.to_string();
    for _ in 0..LINK_PASSES {
        if !line.contains("](") {
            break;
        }
        let next = MD_LINK
            .replace_all(&line, |c: &regex::Captures| {
                if c[0].starts_with('!') {
                    String::new()
                } else {
                    c["text"].to_string()
                }
            })
            .trim()
            .to_string();
        if next == line {
            break;
        }
        line = next;
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_widget_is_cut_with_the_space_before_it() {
        assert_eq!(
            strip_inline_widgets("Two men were held.  Related Story: Raid in the port".into()),
            "Two men were held."
        );
        // Only a widget after some text is cut; a line that is all widget stays.
        assert_eq!(
            strip_inline_widgets(" READ MORE: x".into()),
            " READ MORE: x"
        );
        assert_eq!(
            strip_inline_widgets("Held. Related Story: a. b".into()),
            "Held. Related Story: a. b"
        );
    }

    #[test]
    fn a_heading_with_nothing_to_read_is_markup_not_the_title() {
        // found by the idempotence property test
        let c = clean("\n \n # #. ; \n the\nthe. the. the the. the. last week ");
        assert!(!c.body.contains(". ;"), "{:?}", c.body);
        assert_eq!(clean(&c.body).body, c.body);
        // heading marks bared by unwrapping a link over joined lines
        let c = clean("[ # the\ntwenty-one. ](u)](v) ");
        assert_eq!(clean(&c.body).body, c.body);
        // a heading with words is still the title
        let c = clean(
            "# Four held in raid\n\nPolice held four men in a dawn raid on Tuesday in the port.",
        );
        assert_eq!(c.meta.title.as_deref(), Some("Four held in raid"));
    }

    proptest::proptest! {
        /// The first-character check in front of [`BULLET`] never hides a match.
        #[test]
        fn list_item_check_is_the_bullet_regex(
            s in "[•●▪◦‣∙·*\\-–(a-c0-9.) \t·—+#]{0,6}"
        ) {
            proptest::prop_assert_eq!(is_list_item(&s), BULLET.regex().is_match(&s));
        }
    }

    #[test]
    fn list_items_open_with_a_mark_or_a_number() {
        for item in [
            "• one",
            "- two",
            "– three",
            "12. four",
            "3) five",
            "(a) six",
            "* seven",
        ] {
            assert!(is_list_item(item), "{item}");
        }
        for line in ["One more", "2024 was", "(Reuters) x", "-x", ""] {
            assert!(!is_list_item(line), "{line}");
        }
    }

    #[test]
    fn removes_scraper_artifacts_with_reasons() {
        let c = clean("Headline here\n\nDate:\n\nBox 1\n\nA paragraph.\n\nSource link\n\nShare post:\n\nspot_img\n\nPopular\n\nMore like this\nRelated");
        assert_eq!(c.body, "Headline here\n\nA paragraph.");
        let reasons: Vec<_> = c.removed.iter().map(|r| r.reason).collect();
        assert_eq!(
            reasons,
            [
                "scraper-artifact",
                "scraper-artifact",
                "scraper-artifact",
                "share-prompt",
                "scraper-artifact",
                "widget",
                "widget",
                "widget"
            ]
        );
        assert_eq!(c.meta.title.as_deref(), Some("Headline here"));
    }

    #[test]
    fn a_title_line_with_more_marks_ends_in_the_site() {
        // The longest headline the page repeats (with its dash written another way)
        // takes the marks before the site; a shorter repeat does not.
        let c = clean("Media Advisory - Jane Roe Hearing - Example County Prosecutor\nSkip to content\nMEDIA ADVISORY \u{2013} JANE ROE HEARING\nMEDIA ADVISORY\nThe hearing of Jane Roe, who is charged with two counts of fraud, will begin tomorrow morning at the county court.");
        assert_eq!(
            c.meta.title.as_deref(),
            Some("Media Advisory - Jane Roe Hearing")
        );
        assert_eq!(
            c.meta.publisher.as_deref(),
            Some("Example County Prosecutor")
        );
        assert!(
            c.body
                .starts_with("MEDIA ADVISORY \u{2013} JANE ROE HEARING\n"),
            "{}",
            c.body
        );
        // None repeated: the last tail that reads as a site's name.
        let c = clean("Seller Beware - Scam Targets Sellers of Used Cars - Example District Attorney\n\nA scam that targets people selling their cars online is back, investigators warned on Monday.");
        assert_eq!(
            c.meta.title.as_deref(),
            Some("Seller Beware - Scam Targets Sellers of Used Cars")
        );
        assert_eq!(
            c.meta.publisher.as_deref(),
            Some("Example District Attorney")
        );
        // A pipe binds looser than a dash: the site keeps its hyphen.
        let c = clean("Anti-drug raid nets five | Star - Online\n\nFive men were arrested in a raid on a warehouse on Monday, the police said.");
        assert_eq!(c.meta.title.as_deref(), Some("Anti-drug raid nets five"));
        assert_eq!(c.meta.publisher.as_deref(), Some("Star - Online"));
    }

    #[test]
    fn an_attribution_on_a_line_of_its_own_joins_its_quotation() {
        // A page's inline markup (a link, bold) put the speaker and the punctuation
        // after it on lines of their own.
        let c = clean("Gun bill proposed\n\nThe bill was filed on Monday by two lawmakers from the city.\n\u{201c}There are too many guns in the wrong hands,\u{201d}\nSen. Roe said\n. \u{201c}This bill gives first offenders a way out.\u{201d}\nThe Senate votes next week.");
        assert!(
            c.body.contains("\u{201c}There are too many guns in the wrong hands,\u{201d} Sen. Roe said. \u{201c}This bill gives first offenders a way out.\u{201d}"),
            "{}",
            c.body
        );
        assert!(
            c.body.contains("\n\nThe Senate votes next week."),
            "{}",
            c.body
        );
        // A short line after a sentence that closes with a full stop stays apart.
        let c = clean("Gun bill proposed\n\nThe bill was filed on Monday by two lawmakers from the city.\nSen. Roe said\n\nMore text follows here.");
        assert!(c.body.contains("city.\n\nSen. Roe said"), "{}", c.body);
    }

    #[test]
    fn country_headings_of_a_round_up_stay_in_the_body() {
        // in capitals after a rule of underscores, which is no end of the article
        let c = clean("Weekly digest\n______________\nKENYA: RHINO HORN AT THE AIRPORT\nCustoms officers at the airport seized 12 rhino horns from a suitcase on 3 May.\nLAOS: CASINO RAIDED\nPolice raided a casino in the border zone and detained 40 workers on 5 May.");
        assert!(
            c.body.contains("KENYA: RHINO HORN AT THE AIRPORT\n"),
            "{}",
            c.body
        );
        assert!(c.body.contains("LAOS: CASINO RAIDED\n"), "{}", c.body);
        // a short one near the top, and one with nothing after its colon
        let c = clean("Border roundup\nLaos: casino raided\nPolice detained 40 workers at a casino in the border zone.\nThailand:\nOfficers arrested nine men in a raid on a call centre near the border.");
        assert!(c.body.contains("\nLaos: casino raided\n"), "{}", c.body);
        assert!(c.body.contains("\nThailand:\n"), "{}", c.body);
        // a tail's headline under a widget still goes
        let c = clean("Raid nets nine\n\nOfficers arrested nine men in a raid on a call centre near the border on Monday.\n\nRelated posts\nMalaysia: scam boss extradited\nLaos: casino raided");
        assert!(!c.body.contains("Malaysia"), "{}", c.body);
        assert!(!c.body.contains("Laos"), "{}", c.body);
    }

    #[test]
    fn a_byline_split_over_two_lines_names_the_writer() {
        let c = clean("Six held in port raid\nBy\nJo Roe\nMay 3, 2025\nOfficers arrested six men in a dawn raid on a warehouse at the port on Friday.");
        assert_eq!(c.meta.byline.as_deref(), Some("Jo Roe"));
        assert_eq!(c.meta.published.unwrap().to_string(), "2025-05-03");
        assert!(
            c.body.starts_with("Six held in port raid\n\nOfficers"),
            "{}",
            c.body
        );
        // "By" closing a line of the article is no byline
        let c = clean("Six held in port raid\nOfficers arrested six men in a dawn raid on the port, followed\nby\nJo Roe, a neighbour, who filmed it all from a window across the street.");
        assert_eq!(c.meta.byline, None);
    }

    #[test]
    fn a_visible_writer_beats_a_desk_in_the_metadata() {
        let mut meta = Meta {
            byline: Some("News Desk".into()),
            ..Meta::default()
        };
        fill_from_byline(&mut meta, "By Jo Roe, Crime Correspondent");
        assert_eq!(meta.byline.as_deref(), Some("Jo Roe"));
        // a named writer in the metadata stands
        let mut meta = Meta {
            byline: Some("Ann Lee".into()),
            ..Meta::default()
        };
        fill_from_byline(&mut meta, "By Jo Roe");
        assert_eq!(meta.byline.as_deref(), Some("Ann Lee"));
        // a byline and its date run together
        let mut meta = Meta::default();
        fill_from_byline(&mut meta, "By Jo Roe October 2, 2025");
        assert_eq!(meta.byline.as_deref(), Some("Jo Roe"));
        assert_eq!(meta.published.unwrap().to_string(), "2025-10-02");
    }

    #[test]
    fn a_date_field_or_a_stamp_as_pages_write_them_dates_the_page() {
        // an American month first
        let c = clean("Six held in port raid\nDate: 07/30/2025\nOfficers arrested six men in a dawn raid on a warehouse at the port on Friday.");
        assert_eq!(c.meta.published.unwrap().to_string(), "2025-07-30");
        // a day-first date stays day-first
        let c = clean("Six held in port raid\nDate: 03/04/2025\nOfficers arrested six men in a dawn raid on a warehouse at the port on Friday.");
        assert_eq!(c.meta.published.unwrap().to_string(), "2025-04-03");
        // a weekday's abbreviation after a time and its zone, beside the byline
        let c = clean("Six held in port raid\nBy Jo Roe | Updated 9:15 AM EDT, Fri May 2, 2025\nOfficers arrested six men in a dawn raid on a warehouse at the port on Friday.");
        assert_eq!(c.meta.published.unwrap().to_string(), "2025-05-02");
        assert_eq!(c.meta.byline.as_deref(), Some("Jo Roe"));
        assert!(
            c.body.starts_with("Six held in port raid\n\nOfficers"),
            "{}",
            c.body
        );
        // no date: the field goes, nothing is dated
        let c = clean("Six held in port raid\nDate: 13/13/2025\nOfficers arrested six men in a dawn raid on a warehouse at the port on Friday.");
        assert_eq!(c.meta.published, None);
    }

    #[test]
    fn a_menu_glyph_or_a_breadcrumb_root_is_no_title() {
        let c = clean("\u{2261} Menu\nSix held in port raid\nOfficers arrested six men in a dawn raid on a warehouse at the port on Friday.");
        assert_eq!(c.meta.title.as_deref(), Some("Six held in port raid"));
        let c = clean("Home\nSix held in port raid\nOfficers arrested six men in a dawn raid on a warehouse at the port on Friday.");
        assert_eq!(c.meta.title.as_deref(), Some("Six held in port raid"));
        assert!(c.body.starts_with("Six held"), "{}", c.body);
        // a headline in capitals is still the title
        let c = clean("SIX HELD IN PORT RAID\n\nOfficers arrested six men in a dawn raid on a warehouse at the port on Friday.");
        assert_eq!(c.meta.title.as_deref(), Some("SIX HELD IN PORT RAID"));
    }

    #[test]
    fn a_breadcrumb_run_into_the_headline_is_no_title() {
        let c = clean("Home Latest News Six held in port raid\nLatest News\nSix held in port raid\nOfficers arrested six men in a dawn raid on a warehouse at the port on Friday.");
        assert_eq!(c.meta.title.as_deref(), Some("Six held in port raid"));
        assert!(
            c.body.starts_with("Six held in port raid\n\nOfficers"),
            "{}",
            c.body
        );
        // a headline opening with "Home" that the page does not repeat stays the title
        let c = clean("Home raided in drug probe\nOfficers raided a home in the port and arrested six men on Friday.");
        assert_eq!(c.meta.title.as_deref(), Some("Home raided in drug probe"));
    }

    #[test]
    fn with_a_trailer_the_page_title_line_and_header_still_go() {
        let c = clean("Six held in port raid - Example Times\nHome News Crime\nSix held in port raid\nBy Jo Roe\nMay 3, 2025\nOfficers arrested six men in a dawn raid on a warehouse at the port on Friday, police said.\nThe men are due in court on Monday.\nRelated posts\nFour held in bank fraud probe\nMay 1, 2025\nThe post Six held in port raid appeared first on Example Times.");
        assert_eq!(c.meta.title.as_deref(), Some("Six held in port raid"));
        assert_eq!(c.meta.publisher.as_deref(), Some("Example Times"));
        assert_eq!(c.meta.byline.as_deref(), Some("Jo Roe"));
        assert_eq!(c.meta.published.unwrap().to_string(), "2025-05-03");
        assert!(
            c.body.starts_with("Six held in port raid\n\nOfficers"),
            "{}",
            c.body
        );
    }

    #[test]
    fn wordpress_trailer_names_the_publisher() {
        let c = clean("Title\n\nText.\n\nThe post Title appeared first on The Daily Example.");
        assert_eq!(c.meta.publisher.as_deref(), Some("The Daily Example"));
        assert_eq!(c.body, "Title\n\nText.");
    }

    #[test]
    fn markdown_header_fields_and_links() {
        let c = clean("## Big raid\n\nkeywords: a b c\n\nauthors: Jane Roe\n\npublish date: 2020-08-26 10:43:09+08:00\n\n![](http://x/y.jpg)\n\n[Original Article](http://x)\n\nPolice [seized 5 kg](http://z) of drugs.");
        assert_eq!(c.body, "Big raid\n\nPolice seized 5 kg of drugs.");
        assert_eq!(c.meta.published.unwrap().to_string(), "2020-08-26");
        assert_eq!(c.meta.byline.as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn breadcrumbs_bylines_and_ad_markers_around_a_wordpress_post() {
        let c = clean("Home\nNews\nCourt rules on fraud ring appeal\nBy Lena Marsh\n- Advertisement -\nThe appeal court upheld the sentences of the four men convicted over the fraud ring last year.\nThe post Court rules on fraud ring appeal appeared first on Example Times.");
        assert_eq!(
            c.meta.title.as_deref(),
            Some("Court rules on fraud ring appeal")
        );
        assert_eq!(c.meta.byline.as_deref(), Some("Lena Marsh"));
        assert_eq!(
            c.body,
            "Court rules on fraud ring appeal\n\nThe appeal court upheld the sentences of the four men convicted over the fraud ring last year."
        );
    }

    #[test]
    fn a_labelled_date_line_without_colon_is_the_publication_date() {
        for (line, date) in [
            ("Published 14 March 2025", "2025-03-14"),
            ("Posted on May 2, 2024", "2024-05-02"),
            // a time of day beside the date, before or after it
            ("Published: 7:45pm, 18 Jun 2025", "2025-06-18"),
            ("Posted on June 18, 2025 at 7:45 pm", "2025-06-18"),
            ("18 Jun 2025, 19:45 HKT", "2025-06-18"),
        ] {
            let c = clean(&format!("Eleven charged\n\n{line}\n\nEleven men have been charged after a week of searches by officers in the county."));
            assert_eq!(
                c.meta.published.map(|d| d.to_string()).as_deref(),
                Some(date),
                "{line}"
            );
            assert!(!c.body.contains(line), "{line} stays in {:?}", c.body);
        }
        // a sentence starting with the word is prose, not a label
        let c = clean("Report\n\nPublished reports say the raid on 3 May 2024 was planned for months by the unit.");
        assert!(c.body.contains("Published reports"));
    }

    #[test]
    fn list_items_stay_on_their_own_lines() {
        let c = clean(
            "Title\n\nSeized:\n\n  • 40 computers,\n  • 9 routers.\nBox 3\n\nNext paragraph.",
        );
        assert_eq!(
            c.body,
            "Title\n\nSeized:\n\n• 40 computers,\n• 9 routers.\n\nNext paragraph."
        );
    }

    #[test]
    fn an_event_time_under_its_label_is_not_the_page_date() {
        let c = clean("Media advisory: press conference\n\nWHEN:\nApril 30, 2026 @ 1:30 pm\n\nWHERE:\nThe courthouse steps, 100 Main Street\n\nThe district attorney will speak about the theft case and the charges filed this week.");
        assert!(c.body.contains("April 30, 2026 @ 1:30 pm"), "{}", c.body);
        assert_eq!(c.meta.published, None);
    }

    #[test]
    fn a_roster_after_a_colon_line_is_kept() {
        let c = clean("Eleven charged in theft ring\n\nProsecutors charged eleven people in the ring on Monday, officials said.\n\nThe defendants are:\nAna Ruiz, 34, of Eastvale\nBo Tran, 31, of Pomona\nCy Lowe, 27, of Norco\n\nThe case continues in court next month, prosecutors said.");
        assert!(
            c.body
                .contains("The defendants are:\nAna Ruiz, 34, of Eastvale")
                || c.body.contains("The defendants are:\n\nAna Ruiz"),
            "{}",
            c.body
        );
        assert!(c.body.contains("Cy Lowe, 27, of Norco"));
    }

    #[test]
    fn a_title_case_subheading_is_not_joined_to_the_next_line() {
        let c = clean("Ring broken up\n\nTens of Thousands of Dollars, a Pound of Narcotics and Six Guns Recovered\nThe District Attorney said the case was built over two years of work.");
        assert!(
            c.body.contains("Recovered\n\nThe District Attorney"),
            "{}",
            c.body
        );
    }

    #[test]
    fn a_headline_over_a_long_paragraph_stays_apart() {
        let para = "Six members of a gang that carried drugs along the coast were jailed on Friday after a long inquiry by detectives, the court heard.";
        let c = clean(&format!(
            "Six jailed for a total of 41 years over the coastal county drug line\n{para}"
        ));
        assert_eq!(
            c.meta.title.as_deref(),
            Some("Six jailed for a total of 41 years over the coastal county drug line")
        );
        assert!(
            c.body.contains(&format!("line\n\n{}", &para[..20])),
            "{}",
            c.body
        );
        // a hard wrap of the same width still joins
        let c = clean("Title\n\nThe suspects were arrested after a long inquiry into the ring by detectives from\nTwo Rivers, who then seized the phones on Friday.");
        assert!(c.body.contains("from Two Rivers"), "{}", c.body);
    }

    #[test]
    fn a_place_and_date_line_is_the_dateline() {
        let c = clean("Europe-wide raids net 61\n\nThe Hague, 18 March 2025\n\nPolice in 14 countries arrested 61 suspects in a coordinated action last week.");
        assert_eq!(
            c.meta.published.map(|d| d.to_string()).as_deref(),
            Some("2025-03-18")
        );
        assert!(!c.body.contains("The Hague, 18"), "{}", c.body);
        // an event's date under a label stays
        let c = clean("Hearing set\n\nWHEN: Tomorrow, Wednesday, Sept. 7, 2011, at 1:30 p.m.\n\nThe hearing of the accused will open in the court on the date above.");
        assert!(c.body.contains("WHEN: Tomorrow"), "{}", c.body);
    }

    #[test]
    fn a_scraped_title_line_names_the_paper() {
        let c = clean("Two charged over fraud | The Iberia Courier\n\nTwo people were charged with fraud on Monday after a long investigation by police.");
        assert_eq!(c.meta.publisher.as_deref(), Some("The Iberia Courier"));
        assert_eq!(c.meta.title.as_deref(), Some("Two charged over fraud"));
    }

    #[test]
    fn an_update_stamp_is_page_chrome_wherever_it_stands() {
        let c = clean("Police raid nets 12\n\nPolice arrested twelve men in a raid on a gambling den on Tuesday night.\n\nUpdated March 27, 2025\n\nThe men will appear in court.\n\nLast updated: 27 March 2025 at 10:15 GMT");
        assert!(!c.body.contains("pdated"), "{}", c.body);
        assert!(c.body.contains("The men will appear"));
        // its date is the page's update, never its publication
        assert_eq!(
            c.meta.updated.map(|d| d.to_string()).as_deref(),
            Some("2025-03-27")
        );
        assert_eq!(c.meta.published, None);
        for (stamp, date) in [
            ("Updated on: March 9, 2024 / 06:15 PM CST", "2024-03-09"),
            ("Last updated: 14/03/2024", "2024-03-14"),
            ("Updated on 14 Mar 2024, 10:20 am", "2024-03-14"),
        ] {
            let c = clean(&format!(
                "Raid\n{stamp}\nPolice arrested three men on Tuesday."
            ));
            assert!(!c.body.contains("pdated"), "{stamp}: {}", c.body);
            assert_eq!(
                c.meta.updated.map(|d| d.to_string()).as_deref(),
                Some(date),
                "{stamp}"
            );
        }
        // prose about an update stays
        let c = clean("Title\n\nUpdated figures released on March 27, 2025 show more arrests.");
        assert!(c.body.contains("Updated figures"));
    }

    #[test]
    fn share_rows_read_links_syndication_notes_and_a_widget_list_go() {
        let page = "Raid nets twelve\n\nPosted on 12 June 2025, 8:15 pm | By Jane Wanjiru\n\nPolice arrested twelve people in a raid on a warehouse on Tuesday, officers said.\n\nShare this page\n\nFacebook Twitter WhatsApp\n\nX\n\nREAD: Officers seize cash in port raid\n\nThe suspects will appear in court on Wednesday, police said in a statement.\n\nRelated news:\n\n- Two officers charged over a bribe taken at a checkpoint (May 3, 2025)\n- 19 arrested in crackdown (May 1, 2025)\n\n(This story has not been edited by our staff and is auto-generated from a syndicated feed.)";
        let c = clean(page);
        for gone in [
            "Posted on",
            "Share this page",
            "WhatsApp",
            "\nX\n",
            "READ:",
            "Two officers charged",
            "19 arrested",
            "auto-generated",
        ] {
            assert!(!c.body.contains(gone), "{gone:?} in {}", c.body);
        }
        assert!(c.body.contains("The suspects will appear in court"));
        assert_eq!(
            c.meta.published.map(|d| d.to_string()).as_deref(),
            Some("2025-06-12")
        );
        assert_eq!(c.meta.byline.as_deref(), Some("Jane Wanjiru"));
    }

    #[test]
    fn headlines_under_a_trailing_widget_go_and_a_wrapped_paragraph_above_stays() {
        let page = "Six held in raids\n\nPolice said on Monday that six people were arrested in\nraids on three houses in the city, and that more arrests would follow.\n\nThe suspects will appear in court on Friday, officers said in a statement.\n\nRelated Articles\n\nSix held over online gambling den in Penang\n\nCops bust job scam syndicate, 23 detained\n\n(Reporting by Ana Lim; Editing by Tom Hale)\n\nAdditional reporting by Fiona Sun";
        let c = clean(page);
        for gone in ["Penang", "23 detained", "Reporting by", "Fiona Sun"] {
            assert!(!c.body.contains(gone), "{gone:?} in {}", c.body);
        }
        assert!(
            c.body
                .contains("six people were arrested in raids on three houses"),
            "{}",
            c.body
        );
        assert!(c.body.contains("The suspects will appear"));
    }

    #[test]
    fn a_dateline_and_its_story_on_one_line_is_no_title_and_site() {
        let c = clean("MANILA, Philippines — The court ordered each of them to pay 50,000 pesos.");
        assert!(c.body.contains("The court ordered"), "{}", c.body);
        assert_eq!(c.meta.publisher, None);
        // a headline in capitals beside its site still is one
        let c = clean("ANNOUNCEMENT - Orange County District Attorney\n\nThe office will hold a press conference on Monday about the case.");
        assert_eq!(c.meta.title.as_deref(), Some("ANNOUNCEMENT"));
    }

    #[test]
    fn a_labelled_date_by_its_author_is_the_pages_date_and_byline() {
        let c = clean("Police raid scam centre\n\nPosted on 5 December 2025 by Editorial Desk\n\nPolice arrested 40 people in a raid on a scam centre in Manila on Tuesday, officers said.");
        assert!(!c.body.contains("Posted on"), "{}", c.body);
        assert_eq!(
            c.meta.published.map(|d| d.to_string()).as_deref(),
            Some("2025-12-05")
        );
        assert_eq!(c.meta.byline.as_deref(), Some("Editorial Desk"));
    }

    #[test]
    fn a_site_name_menu_row_and_cookie_banner_above_the_headline_are_chrome() {
        for top in [
            "Hamburg Herald",
            "Home | News | World | Crime",
            "Menu  News  Belgium  Europe  Business  Sport",
            "Home > Crime > Organised crime",
            "We use cookies to improve your experience. Accept all | Manage preferences",
        ] {
            let page = format!("{top}\nPolice seize cocaine in Hamburg\n\nPolice in Hamburg seized 2 tonnes of cocaine on Tuesday, prosecutors said.");
            let c = clean(&page);
            assert_eq!(
                c.meta.title.as_deref(),
                Some("Police seize cocaine in Hamburg"),
                "{top}"
            );
            assert!(
                c.body.starts_with("Police seize cocaine"),
                "{top}: {}",
                c.body
            );
        }
        let c = clean("Hamburg Herald\nPolice seize cocaine in Hamburg\n\nPolice in Hamburg seized 2 tonnes of cocaine on Tuesday, prosecutors said.");
        assert_eq!(c.meta.publisher.as_deref(), Some("Hamburg Herald"));
        // a headline with dashes is no menu
        let c = clean("Six Charged – Including Two Doctors – in Clinic Fraud\n\nSix people were charged on Monday over a clinic fraud, prosecutors said.");
        assert_eq!(
            c.meta.title.as_deref(),
            Some("Six Charged – Including Two Doctors – in Clinic Fraud")
        );
    }

    #[test]
    fn a_date_beside_a_desk_a_city_or_a_writer_is_the_pages() {
        for (line, date) in [
            (
                "Express News Service | Hyderabad | Published: 4th June 2024 09:15 AM",
                "2024-06-04",
            ),
            ("Jaime Reyes Santos - March 22, 2024", "2024-03-22"),
            (
                "By Anna Lee | Updated: March 11, 2025 4:32 pm",
                "2025-03-11",
            ),
        ] {
            let c = clean(&format!("Police rescue 40 from scam hub\n\n{line}\n\nPolice rescued 40 workers from a scam compound on Monday, officials said."));
            assert_eq!(
                c.meta.published.map(|d| d.to_string()).as_deref(),
                Some(date),
                "{line}"
            );
            assert!(!c.body.contains(line), "{line}");
        }
        // a dateline stays article text
        let c = clean("Six charged\n\nMiami – April 24, 2026\n\nSix people were charged with fraud on Monday, prosecutors said.");
        assert!(c.body.contains("Miami – April 24, 2026"), "{}", c.body);
    }

    #[test]
    fn photo_credits_and_dated_related_links_go() {
        let c = clean("Police seize cocaine\n\nPhoto: Reuters/Fabian Bimmer\n\nPolice in Hamburg seized 2 tonnes of cocaine on Tuesday, prosecutors said.\n\nMORE ON THIS STORY\nDrug dealer jailed in Madrid after messages decoded - 12 Jun 2023\nCartel boss caught in Dubai - 1 Feb 2024");
        for gone in ["Bimmer", "Madrid", "Dubai"] {
            assert!(!c.body.contains(gone), "{gone}: {}", c.body);
        }
    }

    #[test]
    fn a_media_contact_block_goes() {
        let c = clean("Two men charged\n\nPolice in Sydney arrested two men on Tuesday.\n\nMedia enquiries:\nAFP Media: (02) 5126 9297\nDet. Sgt. Jo Tan: +61 2 5555 0101");
        assert_eq!(
            c.body,
            "Two men charged\n\nPolice in Sydney arrested two men on Tuesday."
        );
        assert!(c.removed.iter().all(|r| r.reason == "contact"));
        // a US release's closing contact: a heading, then name, office and phone
        let c = clean("Man sentenced\n\nA Kansas City man was sentenced today to 10 years in prison.\n\nContact\n\nDon Ledford, Public Affairs Officer, (816) 426-4220");
        assert_eq!(
            c.body,
            "Man sentenced\n\nA Kansas City man was sentenced today to 10 years in prison."
        );
        assert!(c.removed.iter().all(|r| r.reason == "contact"));
        // a sentence with a colon and a number stays, and so does a labelled date
        let c = clean("Title\n\nThe tally so far: 1,250 arrests in 2024.");
        assert!(c.body.contains("1,250 arrests"));
        let c = clean("Published: 2020-05-02\n\nRaid\n\nOfficers arrested 12 people on Monday in a raid on a flat.");
        assert_eq!(
            c.meta.published.map(|d| d.to_string()).as_deref(),
            Some("2020-05-02")
        );
    }

    #[test]
    fn dated_links_under_a_widget_heading_go_and_are_not_joined() {
        let page = "Police in Manila arrested 14 people on Tuesday, officers said.\n\nRelated Posts\nCambodia deports 50 Koreans over online fraud — January 12, 2025\nPolice bust Bangkok money mule ring — December 3, 2024";
        let c = clean(page);
        for gone in ["Koreans", "mule ring", "2025", "2024"] {
            assert!(!c.body.contains(gone), "{gone:?} in {}", c.body);
        }
        assert!(c.body.contains("arrested 14 people"));
        // a wrapped paragraph line ending in a date still joins the next
        let c = clean("Title\n\nThe two men were arrested at the border crossing on the morning of January 12, 2025\nafter a tip-off from residents, police said.");
        assert!(c.body.contains("2025 after a tip-off"), "{}", c.body);
    }

    #[test]
    fn bylines_with_an_outlet_or_a_labelled_date_beside_them_go() {
        let c = clean("Two brothers jailed\n\nBy Fiona McAllister, BBC Scotland News\n12 June 2024\n\nTwo brothers from Lagos were jailed for fraud on Friday, the court heard.");
        assert!(!c.body.contains("McAllister"), "{}", c.body);
        assert_eq!(c.meta.byline.as_deref(), Some("Fiona McAllister"));
        assert_eq!(
            c.meta.published.map(|d| d.to_string()).as_deref(),
            Some("2024-06-12")
        );
        let c = clean("Drug mule held at airport\n\nBy Staff Reporter | Published: 12 November 2023, 9:15 pm IST\n\nA woman was arrested at Chennai airport with 2kg of cocaine on Saturday.");
        assert!(!c.body.contains("Published"), "{}", c.body);
        assert_eq!(c.meta.byline.as_deref(), Some("Staff Reporter"));
        assert_eq!(
            c.meta.published.map(|d| d.to_string()).as_deref(),
            Some("2023-11-12")
        );
        // the outlet after a bar
        let c = clean("Kenya police arrest five\n\nBy Wanjiru Kamau | The Daily Courier\n\nPolice in Nairobi arrested five suspects on Monday.");
        assert!(!c.body.contains("Kamau"), "{}", c.body);
        assert_eq!(c.meta.byline.as_deref(), Some("Wanjiru Kamau"));
    }

    #[test]
    fn a_press_releases_label_letterhead_and_date_are_not_its_title() {
        let c = clean("Media Release\nAustralian Federal Police\n\nWednesday, 4 September 2024\n\nMan charged after alleged sextortion of children\n\nA Melbourne man, 26, has been charged with 58 offences.");
        assert_eq!(
            c.meta.title.as_deref(),
            Some("Man charged after alleged sextortion of children")
        );
        assert_eq!(
            c.meta.publisher.as_deref(),
            Some("Australian Federal Police")
        );
        assert_eq!(
            c.meta.published.map(|d| d.to_string()).as_deref(),
            Some("2024-09-04")
        );
        assert!(c.body.starts_with("Man charged"), "{}", c.body);
        let c = clean("FOR IMMEDIATE RELEASE\nTuesday, November 12, 2024\nU.S. Attorney's Office, Central District of California\n\nTwo Men Sentenced for Laundering $73 Million\n\nLOS ANGELES – Two men were sentenced today.");
        assert_eq!(
            c.meta.title.as_deref(),
            Some("Two Men Sentenced for Laundering $73 Million")
        );
        assert_eq!(
            c.meta.publisher.as_deref(),
            Some("U.S. Attorney's Office, Central District of California")
        );
        // a federal release's letterhead of three lines, then the label and the date
        let c = clean("U.S. Department of Justice\nU.S. Attorney's Office\nDistrict of New Mexico\n\nFOR IMMEDIATE RELEASE\nTuesday, October 15, 2024\n\nAlbuquerque man sentenced to 10 years for fentanyl trafficking\n\nALBUQUERQUE – A man was sentenced today.");
        assert_eq!(
            c.meta.title.as_deref(),
            Some("Albuquerque man sentenced to 10 years for fentanyl trafficking")
        );
        assert!(c.body.starts_with("Albuquerque man"), "{}", c.body);
        // an agency's name alone still is the title of a page that has nothing else
        let c = clean("Kenya Wildlife Service\n\nRangers arrested three suspected poachers with 40 kilograms of ivory in Tsavo on Sunday.");
        assert_eq!(c.meta.title.as_deref(), Some("Kenya Wildlife Service"));
    }

    #[test]
    fn related_and_read_also_lines_are_widgets() {
        let c = clean("Police bust ring\n\nPolice arrested 12 people on Monday.\n\nRelated: Police arrest 40 in raid on March 3, 2024\n\nRead also: Five charged over fraud\n\nThe suspects will be charged.");
        assert!(!c.body.contains("arrest 40"), "{}", c.body);
        assert!(!c.body.contains("Five charged"), "{}", c.body);
        assert!(c.body.contains("The suspects will be charged."));
        // prose that relates stays
        let c = clean("Title\n\nRelated charges were filed against two men on Monday.");
        assert!(c.body.contains("Related charges"));
    }

    #[test]
    fn a_release_header_run_together_goes_and_dates_the_release() {
        let c = clean("Man charged over botnet\n\nThursday, June 12, 2025 For Immediate Release Office of Public Affairs\n\nA man was charged today.\n\nPress Release Number: 25-612");
        assert_eq!(
            c.body,
            "Man charged over botnet\n\nA man was charged today."
        );
        assert_eq!(
            c.meta.published.map(|d| d.to_string()).as_deref(),
            Some("2025-06-12")
        );
        // prose that mentions a release stays
        let c = clean("Title\n\nOn March 3, 2025 the office said the release number was 12.");
        assert!(c.body.contains("release number"));
    }

    #[test]
    fn a_posts_meta_line_goes_and_gives_its_date_and_writer() {
        for (line, date, who) in [
            (
                "September 6, 2024 by Chinedu Okafor 0 Comments",
                "2024-09-06",
                "Chinedu Okafor",
            ),
            (
                "By Lena Hartmann · 5 min read · Nov 27, 2024",
                "2024-11-27",
                "Lena Hartmann",
            ),
        ] {
            let c = clean(&format!("Brothers jailed\n\n{line}\n\nTwo brothers were jailed for 17 years on Monday in Lagos."));
            assert!(
                c.body.starts_with("Brothers jailed\n\nTwo brothers"),
                "{}",
                c.body
            );
            assert_eq!(
                c.meta.published.map(|d| d.to_string()).as_deref(),
                Some(date)
            );
            assert_eq!(c.meta.byline.as_deref(), Some(who));
        }
    }

    #[test]
    fn a_pages_topic_and_component_lines_go() {
        let c = clean("Man jailed for fraud\n\nA man was jailed for 12 years on Monday.\n\nThe FBI investigated the case.\n\nTopic: Human Trafficking | Project Safe Childhood\n\nComponent: USAO - Texas, Western\n\nTopics: Fraud, Scams");
        assert!(
            c.body.ends_with("The FBI investigated the case."),
            "{}",
            c.body
        );
        // prose about a topic stays
        let c = clean("Title\n\nThe topic of the hearing was the 12 victims.");
        assert!(c.body.contains("topic of the hearing"));
    }

    #[test]
    fn headlines_under_a_widget_heading_go_high_up_in_a_short_page_too() {
        let c = clean("Police seize cocaine in raid\n\nPolice seized 20kg of cocaine in a raid on Monday. Two men were arrested.\n\nRelated Posts:\nThree men charged after 5kg of meth found in Tauranga\nPolice seize $2m in cash from gang house\nMarch 3, 2025\n\nYou may also like:\nFour arrested over 12 firearms in Rotorua\n\nBaca juga:\nPolisi tangkap 30 tersangka di Batam");
        assert_eq!(
            c.body,
            "Police seize cocaine in raid\n\nPolice seized 20kg of cocaine in a raid on Monday. Two men were arrested."
        );
        // a line broken mid-sentence under a heading is the article's, and so is the
        // headline under a heading of the page's own
        let c = clean("Title\n\nMore News\nMar 26, 2026\nThree Charged in Fraud\nNews Releases\nMan Arrested After Years on the Run\nToday, the District Attorney announced that\nJohn Roe, 64, has been charged in connection to the killings of\nJane Doe, 22, and\nJim Doe, 21.");
        for kept in [
            "Man Arrested After",
            "John Roe, 64",
            "Jane Doe, 22",
            "Jim Doe, 21",
        ] {
            assert!(c.body.contains(kept), "{kept:?} not in {}", c.body);
        }
        assert!(!c.body.contains("Three Charged"), "{}", c.body);
    }

    #[test]
    fn a_copyright_notice_names_the_publisher_when_nothing_else_does() {
        let story = "Port raid nets 30\n\nPolice in Manila arrested 30 people on Friday.";
        let c = clean(&format!(
            "{story}\n\nCopyright © 2019-2025 Manila Ledger. All rights reserved."
        ));
        assert_eq!(c.meta.publisher.as_deref(), Some("Manila Ledger"));
        // a notice that names no one names nothing
        let c = clean(&format!("{story}\n\n© 2025 All rights reserved."));
        assert_eq!(c.meta.publisher, None);
        for (notice, holder) in [
            ("© 2025 Bangkok Herald", Some("Bangkok Herald")),
            (
                "Copyright (c) 2024 The Daily Example | Privacy",
                Some("The Daily Example"),
            ),
            ("© Supplied", None),
            ("© 2025 all content is ours to keep", None),
        ] {
            assert_eq!(copyright_holder(notice).as_deref(), holder, "{notice}");
        }
    }

    #[test]
    fn prose_that_mentions_share_is_kept() {
        let c = clean("Title\n\nShare prices fell after the arrests were announced on Monday.");
        assert!(c.body.contains("Share prices fell"));
    }

    #[test]
    fn wire_credits_captions_and_notices_go() {
        let text = "Port raid nets 30\n\nPolice in Manila arrested 30 people on Friday.\n\n\
            Officers lead a suspect away in Manila on May 2, 2025. (AP Photo/Jane Roe)\n\n\
            A view of the port. (Photo by John Doe / AFP)\n\n\
            ___\n\n\
            Associated Press writer Maria Cruz in Cebu contributed to this report.\n\n\
            Reporting by Karen Lema in Manila; Editing by Tom Hogue\n\n\
            Copyright 2025 The Associated Press. All rights reserved.\n\n\
            © 2025 Manila Ledger\n\n\
            Share on Facebook Share on X\n\n\
            Like Loading...\n\n\
            Story continues below advertisement";
        let c = clean(text);
        assert_eq!(
            c.body,
            "Port raid nets 30\n\nPolice in Manila arrested 30 people on Friday."
        );
        let reasons: Vec<&str> = c.removed.iter().map(|r| r.reason).collect();
        assert_eq!(
            reasons,
            [
                "caption",
                "caption",
                "end-marker",
                "syndication-note",
                "syndication-note",
                "copyright",
                "copyright",
                "share-prompt",
                "page-chrome",
                "page-chrome"
            ]
        );
        // prose about copyright, a clause's "(c)" and a bracket that is no credit stay
        let c = clean(
            "Title\n\nCopyright infringement charges were filed on Monday.\n\n\
             (c) possessing the images for sale;\n\n\
             The suspects (all from Cebu) were held.",
        );
        assert!(c.body.contains("Copyright infringement"));
        assert!(c.body.contains("(c) possessing"));
        assert!(c.body.contains("(all from Cebu)"));
    }

    #[test]
    fn headlines_under_a_trailing_widget_heading_go() {
        for heading in [
            "ALSO READ",
            "Top Stories",
            "You might also like",
            "More on this story",
            "Trending",
        ] {
            let text = format!(
                "Two held over Leeds robbery\n\nPolice in Leeds arrested two men on Friday. \
                 Both were taken to a police station for questioning.\n\n{heading}\n\
                 Man jailed for 14 years after cocaine found in van\n\
                 Woman, 32, charged with fraud worth £40,000\n"
            );
            let c = clean(&text);
            assert!(
                !c.body.contains("jailed for 14 years"),
                "{heading}: {}",
                c.body
            );
            assert!(!c.body.contains("£40,000"), "{heading}");
            assert!(c.body.contains("arrested two men"));
        }
    }

    #[test]
    fn a_press_releases_markers_page_numbers_and_sign_off_go() {
        let c = clean("Nine held in port raid\n\nOfficers held nine people at the port on Monday, the agency said.\n\n- MORE -\n\n- 2 -\n\nPage 2\n\nThe men will appear in court on Friday, the agency said.\n\nENDS\n\nIssued by:\nPress Office\nTel: 020 7946 0000 | Email: press@agency.test");
        assert_eq!(
            c.body,
            "Nine held in port raid\n\nOfficers held nine people at the port on Monday, the agency said.\n\nThe men will appear in court on Friday, the agency said."
        );
        // the notes to editors, prose too, go with their heading
        let c = clean("Nine held in port raid\n\nOfficers held nine people at the port on Monday, the agency said.\n\nNotes to editors\n\n1. The agency leads the fight against organised crime in the country.");
        assert!(!c.body.contains("leads the fight"), "{}", c.body);
        // prose that mentions the words stays
        let c = clean("Title\n\nThe trial ends on Friday and more than 2 of the 3 men were issued by the court with notes to editors of two papers.");
        assert!(c.body.contains("The trial ends"), "{}", c.body);
    }

    #[test]
    fn a_posts_glued_pager_comment_form_and_readers_comments_go() {
        let c = clean("Two held over stolen cars\n\nPolice held two men over a ring of stolen cars on Monday, officers said. The cars were found in a yard.\n\nThe men will appear in court on Friday, officers said.\n\nPrevious articleFour charged over port theft\nNext articleRangers free 9 hostages\nRELATED ARTICLESMORE FROM AUTHOR\nPolice free 12 workers from farm\nLEAVE A REPLY Cancel reply\nPlease enter your comment!\nPlease enter your name here\nYou have entered an incorrect email address!\nSave my name, email, and website in this browser for the next time I comment.");
        assert_eq!(
            c.body,
            "Two held over stolen cars\n\nPolice held two men over a ring of stolen cars on Monday, officers said. The cars were found in a yard.\n\nThe men will appear in court on Friday, officers said."
        );
        let c = clean("Two held over stolen cars\n\nPolice held two men over a ring of stolen cars on Monday, officers said.\n\nThe men will appear in court on Friday.\n\nComments (2)\nJo K. · 3 days ago\nMy neighbour lost a car to this ring for 6 months, good news.\nReply");
        assert!(!c.body.contains("neighbour"), "{}", c.body);
        // prose opening with the words stays
        let c = clean(
            "Title\n\nNext article of the code was read out in court on Monday, the judge said.",
        );
        assert!(c.body.contains("Next article of"), "{}", c.body);
    }

    #[test]
    fn platform_trailers_cookie_sentences_and_print_credits_go() {
        let c = clean("Inside a scam ring\n\nPolice held six men over a scam ring on Monday, officers said.\n\nPhoto by Jo Roe on Unsplash\n\nAdvertisement - story continues below\n\nThe men froze 12 bank accounts, officers said.\n\nPublished in The Daily Ledger, May 3rd, 2025\n\nTags / Keywords: Courts, Fraud\n\nIf you found this useful, give it a clap and follow me.\n\nWritten by Jo Roe\n\n210 Followers\n\nA reporter on fraud and the courts in the region for ten years.\n\nType your email...\n\nSubscribe\n\nUnsubscribe | Update preferences\n\nCookie notice: We use cookies to improve your visit. Accept");
        assert_eq!(
            c.body,
            "Inside a scam ring\n\nPolice held six men over a scam ring on Monday, officers said.\n\nThe men froze 12 bank accounts, officers said."
        );
        // prose about a paper or a photographer stays
        let c = clean(
            "Title\n\nThe photo by the victim was published in the local paper on May 3, 2025.",
        );
        assert!(c.body.contains("photo by the victim"), "{}", c.body);
    }

    #[test]
    fn hard_wraps_join_words_compounds_and_names() {
        // a word split by a hyphen loses it; a compound keeps it with no space
        let c = clean("Title\n\nOfficers seized cash worth RM2.4 mil-\nlion from the two men, and a punish-\nment is under way into the 41-\nyear-old and his anti-\ndrug unit colleague.");
        assert!(c.body.contains("RM2.4 million from"), "{}", c.body);
        assert!(c.body.contains("a punishment is"), "{}", c.body);
        assert!(c.body.contains("the 41-year-old and"), "{}", c.body);
        assert!(c.body.contains("his anti-drug unit"), "{}", c.body);
        // a wrap in the middle of a name, before a capital
        let c = clean("Title\n\nDetectives held two men in a joint raid carried out with the Coastal\nBorder Police (CBP) on 3 March 2025, said the unit's chief, Senior\nInspector Jo Roe.");
        assert!(c.body.contains("the Coastal Border Police"), "{}", c.body);
        assert!(c.body.contains("Senior Inspector Jo Roe."), "{}", c.body);
        // a list of names is not a wrap
        let c = clean("Title\n\nThe people who spoke at the meeting on Monday were the chiefs of Two Rivers\nCouncillor Jo Roe\nPastor Ann Lee");
        assert!(
            c.body.contains("Two Rivers\n\nCouncillor Jo Roe"),
            "{}",
            c.body
        );
    }

    #[test]
    fn an_author_and_a_date_after_on_are_the_page_s() {
        for (line, who) in [
            ("Posted by Admin on 9 January 2025", "Admin"),
            ("By Staff Reporter on January 9, 2025", "Staff Reporter"),
            // a theme's labels with colons, the categories after the date
            (
                "Posted By: Wire Desk Agency on: January 9, 2025 In: News, Metro",
                "Wire Desk Agency",
            ),
        ] {
            let c = clean(&format!(
                "Customs seize pangolin scales\n{line}\n\nOfficers seized 3.8 tonnes of scales on Wednesday."
            ));
            assert!(!c.body.contains("2025"), "{line}: {}", c.body);
            assert_eq!(
                c.meta.published.map(|d| d.to_string()),
                Some("2025-01-09".into())
            );
            assert_eq!(c.meta.byline.as_deref(), Some(who));
        }
        // a sentence that names a day "on" stays
        let c = clean("Title\n\nBy the time police arrived on 9 January 2025, the men had fled.");
        assert!(c.body.contains("had fled"));
    }

    /// The page's date and writer from a date line above the article, and the line
    /// gone: `(text, published, byline)`.
    #[test]
    fn date_lines_with_times_writers_and_places_give_the_page_its_date() {
        let article =
            "Officers seized 20 kg of scales at the port on Tuesday, the customs office said.";
        for (line, date, by) in [
            (
                "By Hai Hien   March 28, 2024 | 03:20 pm GMT+7",
                "2024-03-28",
                Some("Hai Hien"),
            ),
            (
                "February 8, 2024 by Godfrey Bivbere",
                "2024-02-08",
                Some("Godfrey Bivbere"),
            ),
            (
                "Posted Fri 15 Mar 2024 at 5:47am, updated Fri 15 Mar 2024 at 9:10am",
                "2024-03-15",
                None,
            ),
            ("Jakarta. March 4, 2024 | 9:12 pm", "2024-03-04", None),
            ("Lyon, France, 7 November 2024", "2024-11-07", None),
            (
                "Khuon Narim / Khmer Times October 23, 2024",
                "2024-10-23",
                Some("Khuon Narim"),
            ),
            (
                "CBC News · Posted: Jun 05, 2025 4:12 PM ADT | Last Updated: June 6",
                "2025-06-05",
                None,
            ),
        ] {
            let c = clean(&format!("Scales seized at port\n\n{line}\n\n{article}"));
            assert_eq!(
                c.body,
                format!("Scales seized at port\n\n{article}"),
                "{line}"
            );
            assert_eq!(
                c.meta.published.map(|d| d.to_string()).as_deref(),
                Some(date),
                "{line}"
            );
            assert_eq!(c.meta.byline.as_deref(), by, "{line}");
        }
        // the outlet before a dot names the page
        let c = clean(&format!("Scales seized at port\n\nCBC News · Posted: Jun 05, 2025 4:12 PM ADT | Last Updated: June 6\n\n{article}"));
        assert_eq!(c.meta.publisher.as_deref(), Some("CBC News"));
        // a posting date under the article goes too, and dates the page
        let c = clean(&format!(
            "Scales seized at port\n\n{article}\n\nPosted 15 Mar 2024"
        ));
        assert_eq!(c.body, format!("Scales seized at port\n\n{article}"));
        assert_eq!(c.meta.published.unwrap().to_string(), "2024-03-15");
        // not a sentence that opens with a date, nor a date with a lower-case "by"
        for line in [
            "March 4, 2024 by the river, police found six boats.",
            "Mr. Roe, 5 May 2024",
            "Tomorrow, Wednesday, Sept. 7, 2011",
        ] {
            let c = clean(&format!("Scales seized at port\n\n{line}\n\n{article}"));
            assert!(c.body.contains(line), "{line}: {}", c.body);
        }
    }

    #[test]
    fn a_menu_row_under_a_headline_with_its_site_goes() {
        // the same page with and without the site after its headline
        for title in [
            "Ivory seized at airport - The Standard",
            "Ivory seized at airport",
        ] {
            let c = clean(&format!("{title}\n\nHome | News | Counties | Business | Sports | Opinion\n\nBy Standard Reporter | Wednesday, 13th March 2024\n\nNAIROBI, Kenya — Wildlife officers intercepted 342 kilogrammes of ivory on Tuesday."));
            assert!(
                c.body.starts_with("Ivory seized at airport\n\nNAIROBI")
                    || c.body.starts_with("NAIROBI"),
                "{title}: {}",
                c.body
            );
            assert_eq!(c.meta.title.as_deref(), Some("Ivory seized at airport"));
        }
    }

    #[test]
    fn headlines_under_a_widget_label_are_entries_not_a_paragraph() {
        let c = clean("Man held with HK$15 million in cash\n\nCustoms officers arrested a 31-year-old man at the airport with HK$15.2 million in cash.\n\nMore from SCMP:\nHong Kong police bust HK$120 million money-laundering syndicate\nTwo held at Lok Ma Chau with 40 mobile phones strapped to their bodies");
        assert!(!c.body.contains("HK$120"), "{}", c.body);
        assert!(!c.body.contains("Lok Ma Chau"), "{}", c.body);
        for widget in ["Also In Crime", "Trending Stories"] {
            let c = clean(&format!("Eleven women rescued\n\nPolice arrested seven men, a senior official said on October 2, 2023.\n\n{widget}\nTwo jailed for Dh2 million gold heist\nMan deported for unlicensed taxi service"));
            assert!(!c.body.contains("Dh2"), "{widget}: {}", c.body);
        }
    }

    #[test]
    fn prompts_credits_and_trailers_of_news_sites_are_furniture() {
        for line in [
            "Support PREMIUM TIMES' journalism of integrity and credibility. Donate",
            "Subscribe to News24 for the best local journalism.",
            "Like us on Facebook or follow us on Twitter to get the latest news about Vietnam!",
            "Disclaimer: This story is auto-generated from a syndicated feed.",
            "- Agencies",
            "(Agencies)",
            "Ends/Friday, May 17, 2024",
            "Issued at HKT 15:30",
            "Translator: Rahmad Nasution",
            "Editor: Anton Santoso",
            "Edition: Fernando Fraga",
            "Reporting by Jane Roe and Ali Tan",
            "Related news: Police foil attempt to send 12 migrant workers to Cambodia",
            "Where to get help:",
            "Need to talk? Free call or text 1737",
            "Reminder, this is a premium article and requires a subscription to read.",
            "Posted 15 Mar 2024",
            "Weibo WeChat",
            "Print Mail Large Medium Small",
            "Get WhatsApp alerts from The Daily Ledger",
            "Kindly Share This Story:",
            "Print Friendly, PDF & Email",
            "TEXT AD: Call Jide - +2348000000000",
            "Catch all the Latest News and Updates on The Daily Ledger.",
            "Disclaimer: Comments expressed here do not reflect the opinions of the paper.",
            "— Bernama",
            "-- XINHUA",
            "(Reuters)",
            "Min-ji mj.kim@example.co.kr",
        ] {
            assert!(furniture(line).is_some(), "{line}");
        }
        for line in [
            "Editor: the police said six men were held.",
            "Also in January 2020, another girl reported the assault to police.",
            "Agencies",
            "Supporters of the journalism school attended the hearing.",
            "Ends of the cable were found cut.",
            "Reporting by Victims",
            "Small and medium firms lost the most.",
            "Get-rich-quick schemes lured the investors.",
            "Catch them if you can, the detective told the court.",
            "Reuters reported the arrests on Friday.",
            "She wrote to jo.roe@example.com about the case.",
            // a story's sentence in a photo caption's shape
            "Two men were arrested on March 12, 2024 in Cebu, Philippines.",
        ] {
            assert_eq!(furniture(line), None, "{line}");
        }
        // the trailer's date is the release's; a note to media closes the article
        let c = clean("Ivory seized at airport\n\nCustoms officers seized 342 kilogrammes of ivory at the airport on Tuesday.\n\nEnds/Friday, May 17, 2024\nIssued at HKT 15:30");
        assert_eq!(c.meta.published.unwrap().to_string(), "2024-05-17");
        assert!(!c.body.contains("HKT"), "{}", c.body);
        let c = clean("Man jailed\n\nA 52-year-old man was sentenced to two years in prison.\n\nNote to media:\nUse of the term 'child pornography' is inaccurate and benefits child sex offenders.");
        assert!(!c.body.contains("inaccurate"), "{}", c.body);
    }

    /// Cleaning `text` removes `gone` (and keeps each of `kept`), and cleaning the
    /// body again changes nothing.
    fn cleans(text: &str, gone: &[&str], kept: &[&str]) -> Cleaned {
        let c = clean(text);
        for g in gone {
            assert!(!c.body.contains(g), "{g:?} left in {:?}", c.body);
        }
        for k in kept {
            assert!(c.body.contains(k), "{k:?} lost from {:?}", c.body);
        }
        assert_eq!(clean(&c.body).body, c.body);
        c
    }

    const STORY: &str = "Customs officers found 40 kg of cannabis in a lorry at the port on Monday, a spokesman said.";

    #[test]
    fn front_matter_names_the_title_and_date_and_goes() {
        let text = format!(
            "---\ntitle: \"Lorry driver held at port\"\ndate: \"2025-03-04\"\ndescription: Officers held a driver.\n---\n\n# Lorry driver held at port\n\n{STORY}"
        );
        let c = cleans(&text, &["title:", "description:", "---"], &[STORY]);
        assert_eq!(c.meta.title.as_deref(), Some("Lorry driver held at port"));
        assert_eq!(c.meta.published.unwrap().to_string(), "2025-03-04");
        assert!(c.removed.iter().any(|r| r.reason == "front-matter"));
        // a rule in the text, never closed near the top, is no front matter
        let c = clean(&format!("---\n{STORY}"));
        assert!(c.body.contains(STORY));
    }

    #[test]
    fn a_lone_by_and_a_kicker_are_not_the_title() {
        let c = cleans(&format!("By\nJo Roe\n\n{STORY}"), &["Jo Roe"], &[STORY]);
        assert_ne!(c.meta.title.as_deref(), Some("By"));
        assert_eq!(c.meta.byline.as_deref(), Some("Jo Roe"));
        let c = cleans(
            &format!("**COMMENT**\n\n# Ports need more scanners\n\n{STORY}"),
            &["COMMENT"],
            &["Ports need more scanners", STORY],
        );
        assert_eq!(c.meta.title.as_deref(), Some("Ports need more scanners"));
        // a bold title alone: the title without its marks
        let c = clean(&format!("****WEEKLY BULLETIN****\n\n{STORY}"));
        assert_eq!(c.meta.title.as_deref(), Some("WEEKLY BULLETIN"));
    }

    #[test]
    fn labelled_dates_date_the_page() {
        for (line, date) in [
            ("Post By : 8th May 2025", "2025-05-08"),
            ("Port news Pubished: 20th July, 2021", "2021-07-20"),
            ("+ Date: October 26, 2022", "2022-10-26"),
            ("Posted by Jo Roe March 3, 2023", "2023-03-03"),
        ] {
            let c = cleans(
                &format!("Lorry driver held\n\n{line}\n\n{STORY}"),
                &[line],
                &[STORY],
            );
            assert_eq!(
                c.meta.published.map(|d| d.to_string()).as_deref(),
                Some(date),
                "{line}"
            );
        }
        // a date the story states under its own label stays
        let c = clean(&format!("{STORY}\n\nHearing date: June 3, 2025"));
        assert!(c.body.contains("Hearing date"), "{}", c.body);
        assert_eq!(labelled_stamp("Posted by the court to all parties"), None);
    }

    #[test]
    fn player_and_embed_leftovers_go() {
        let text = format!(
            "Lorry driver held\n\nmedia caption Officers search the lorry\n\nimage copyright Wire image caption The lorry at the port\n\nMedia playback is unsupported on your device\n\n{STORY}\n\nA clip of the search pic.twitter.com/aB3dE — Jo Roe (@jo_roe) May 2, 2025\n\n• Additional reporting by Wire\n\n**Figure 2: the port**\n_Source: Port Authority_\n\n![Portal[.]io page](https://example.org/p.png)"
        );
        cleans(
            &text,
            &[
                "caption",
                "playback",
                "pic.twitter",
                "Additional",
                "Figure 2",
                "Portal",
                "Source",
            ],
            &[STORY],
        );
        let c = cleans(
            &format!(
                "Lorry driver held Published duration 2 hours ago Related Topics Ports\n\n{STORY}"
            ),
            &["duration"],
            &[STORY],
        );
        assert_eq!(c.meta.title.as_deref(), Some("Lorry driver held"));
        // a quoted handle in prose stays
        cleans(
            &format!("{STORY} Fans of (@port) wrote in."),
            &[],
            &["(@port)"],
        );
    }

    #[test]
    fn entities_in_text_are_decoded() {
        let c = cleans(
            "Lorry driver held\n\nOfficers said the driver&#8217;s load was &quot;cannabis &amp; resin&quot;, worth &pound;2m.\n\n&nbsp;",
            &["&amp;", "&quot;", "&#8217;", "&nbsp;"],
            &["driver’s load was \"cannabis & resin\", worth £2m."],
        );
        assert!(c.body.ends_with("£2m."), "{:?}", c.body);
    }
}
