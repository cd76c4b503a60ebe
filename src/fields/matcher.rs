//! A set of small patterns, matched together in one pass over a text.
//!
//! The field tables ([`super::patterns`]) are a few hundred patterns in a
//! tiny regular language: literals, `\b`, `^`, `$`, `\d`, `\w`, `\s`,
//! classes such as `[iy]`, groups, `|`, and `?`, `*`, `+`, `{m,n}`. They
//! run on folded text (ASCII, lower case), and all we ask of them is which
//! patterns match somewhere. The `regex` crate answers that well, but it
//! brings a general parser, several engines and their compilers: 134 KiB
//! of the background's .wasm after gzip, more than a third of it
//! (BENCHMARKS.md, issue 16). This module is just enough for our tables:
//!
//! - [`PatternSet::new`] parses each pattern and compiles all of them into
//!   one Thompson NFA (one match state per pattern);
//! - a search runs a lazy DFA over it: each DFA state is the set of NFA
//!   states alive before a byte, plus whether the previous byte was a word
//!   byte and whether it is the start of the text (what `\b` and `^` need);
//!   a transition is computed from the NFA the first time it is taken and
//!   then read from a table. Every position restarts every pattern (the
//!   search is unanchored), and the patterns whose match state is reached
//!   on the way are the answer.
//!
//! Semantics are the `regex` crate's with `unicode(false)` for the syntax
//! above, on bytes: `\b`, `\w`, `\d` and `\s` are ASCII, and a byte outside
//! ASCII is never a word byte. The unit tests compare every table and a
//! few thousand texts against the `regex` crate (a dev-dependency only).
//!
//! The transition tables are per thread (the CLI judges pages on several),
//! and dropped and started afresh past `MAX_STATES` (20,000 states), so memory stays
//! bounded whatever the texts.

use crate::fx::Fx;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};

/// DFA states a thread keeps per set before it starts afresh. A few
/// thousand cover the labels of a whole corpus run; each costs a few
/// hundred bytes.
const MAX_STATES: usize = 20_000;

/// Repetition bounds above this are refused (`{0,4}` is the largest used).
const MAX_REPEAT: u32 = 16;

/// Why a pattern was refused; names the pattern and the place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError {
    pub pattern: String,
    pub at: usize,
    pub what: &'static str,
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "/{}/ at byte {}: {} (the field tables use literals, \\b, ^, $, \\d, \\w, \\s, [classes], (groups), |, ?, *, + and {{m,n}})",
            self.pattern, self.at, self.what
        )
    }
}

impl std::error::Error for PatternError {}

/// 256 bits: the bytes a position may hold.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
struct Bytes([u64; 4]);

impl Bytes {
    fn one(b: u8) -> Bytes {
        let mut s = Bytes::default();
        s.add(b);
        s
    }
    fn add(&mut self, b: u8) {
        self.0[usize::from(b >> 6)] |= 1 << (b & 63);
    }
    fn has(&self, b: u8) -> bool {
        self.0[usize::from(b >> 6)] & (1 << (b & 63)) != 0
    }
    fn union(mut self, o: &Bytes) -> Bytes {
        for (a, b) in self.0.iter_mut().zip(o.0) {
            *a |= b;
        }
        self
    }
    fn of(pred: impl Fn(u8) -> bool) -> Bytes {
        let mut s = Bytes::default();
        for b in 0..=255u8 {
            if pred(b) {
                s.add(b);
            }
        }
        s
    }
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Zero-width assertions.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Look {
    Start,
    End,
    WordBoundary,
    NotWordBoundary,
}

/// What a pattern says, parsed.
#[derive(Clone, Debug)]
enum Ast {
    Empty,
    Bytes(Bytes),
    Look(Look),
    Concat(Vec<Ast>),
    Alt(Vec<Ast>),
    Repeat(Box<Ast>, u32, Option<u32>),
}

impl fmt::Debug for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let members: String = (0..=255u8)
            .filter(|b| self.has(*b))
            .map(|b| b as char)
            .collect();
        write!(f, "[{}]", members.escape_debug())
    }
}

struct Parser<'a> {
    src: &'a str,
    b: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn err(&self, what: &'static str) -> PatternError {
        PatternError {
            pattern: self.src.to_string(),
            at: self.i,
            what,
        }
    }

    fn alternation(&mut self) -> Result<Ast, PatternError> {
        let mut alts = vec![self.concat()?];
        while self.b.get(self.i) == Some(&b'|') {
            self.i += 1;
            alts.push(self.concat()?);
        }
        Ok(if alts.len() == 1 {
            alts.pop().unwrap_or(Ast::Empty)
        } else {
            Ast::Alt(alts)
        })
    }

    fn concat(&mut self) -> Result<Ast, PatternError> {
        let mut items = Vec::new();
        while let Some(&c) = self.b.get(self.i) {
            if c == b'|' || c == b')' {
                break;
            }
            let atom = self.atom()?;
            items.push(self.quantified(atom)?);
        }
        Ok(match items.len() {
            0 => Ast::Empty,
            1 => items.pop().unwrap_or(Ast::Empty),
            _ => Ast::Concat(items),
        })
    }

    fn quantified(&mut self, atom: Ast) -> Result<Ast, PatternError> {
        let mut ast = atom;
        loop {
            let (min, max) = match self.b.get(self.i) {
                Some(b'?') => (0, Some(1)),
                Some(b'*') => (0, None),
                Some(b'+') => (1, None),
                Some(b'{') => {
                    let (min, max) = self.counted()?;
                    // `counted` moved past the braces already.
                    self.i -= 1;
                    (min, max)
                }
                _ => return Ok(ast),
            };
            self.i += 1;
            if matches!(ast, Ast::Look(_) | Ast::Empty) {
                return Err(self.err("a repetition of nothing"));
            }
            // A lazy quantifier (`??`, `*?`) matches the same texts.
            if self.b.get(self.i) == Some(&b'?') {
                self.i += 1;
            }
            ast = Ast::Repeat(Box::new(ast), min, max);
        }
    }

    /// `{m}`, `{m,}`, `{m,n}`; leaves `i` one past the closing brace.
    fn counted(&mut self) -> Result<(u32, Option<u32>), PatternError> {
        let close = self.src[self.i..]
            .find('}')
            .map(|k| self.i + k)
            .ok_or_else(|| self.err("an unclosed {"))?;
        let inner = &self.src[self.i + 1..close];
        let num = |s: &str| s.trim().parse::<u32>().ok();
        let (min, max) = match inner.split_once(',') {
            None => {
                let n = num(inner).ok_or_else(|| self.err("a bad {m}"))?;
                (n, Some(n))
            }
            Some((a, "")) => (num(a).ok_or_else(|| self.err("a bad {m,}"))?, None),
            Some((a, b)) => (
                num(a).ok_or_else(|| self.err("a bad {m,n}"))?,
                Some(num(b).ok_or_else(|| self.err("a bad {m,n}"))?),
            ),
        };
        if min > MAX_REPEAT || max.is_some_and(|m| m > MAX_REPEAT || m < min) {
            return Err(self.err("a repetition count out of range"));
        }
        self.i = close + 1;
        Ok((min, max))
    }

    fn atom(&mut self) -> Result<Ast, PatternError> {
        let c = self.b[self.i];
        self.i += 1;
        Ok(match c {
            b'(' => {
                if self.src[self.i..].starts_with("?:") {
                    self.i += 2;
                } else if self.b.get(self.i) == Some(&b'?') {
                    return Err(self.err("a group flag"));
                }
                let inner = self.alternation()?;
                if self.b.get(self.i) != Some(&b')') {
                    return Err(self.err("an unclosed ("));
                }
                self.i += 1;
                inner
            }
            b'[' => Ast::Bytes(self.class()?),
            b'^' => Ast::Look(Look::Start),
            b'$' => Ast::Look(Look::End),
            b'\\' => self.escape()?,
            b'.' => return Err(self.err("`.` (the tables spell out what they allow)")),
            b'?' | b'*' | b'+' | b'{' => return Err(self.err("a repetition of nothing")),
            b'}' | b']' => return Err(self.err("an unopened bracket")),
            c if c.is_ascii() => Ast::Bytes(Bytes::one(c)),
            _ => return Err(self.err("a byte outside ASCII (patterns run on folded text)")),
        })
    }

    fn escape(&mut self) -> Result<Ast, PatternError> {
        let Some(&c) = self.b.get(self.i) else {
            return Err(self.err("a lone backslash"));
        };
        self.i += 1;
        Ok(match c {
            b'b' => Ast::Look(Look::WordBoundary),
            b'B' => Ast::Look(Look::NotWordBoundary),
            b'd' | b'w' | b's' | b'D' | b'W' | b'S' => Ast::Bytes(perl_class(c)),
            c if c.is_ascii_punctuation() || c == b' ' => Ast::Bytes(Bytes::one(c)),
            _ => return Err(self.err("an unknown escape")),
        })
    }

    fn class(&mut self) -> Result<Bytes, PatternError> {
        let mut set = Bytes::default();
        let negated = self.b.get(self.i) == Some(&b'^');
        if negated {
            return Err(self.err("a negated class (it could match non-ASCII)"));
        }
        let mut first = true;
        loop {
            let Some(&c) = self.b.get(self.i) else {
                return Err(self.err("an unclosed ["));
            };
            if c == b']' && !first {
                self.i += 1;
                return Ok(set);
            }
            first = false;
            self.i += 1;
            let lo = match c {
                b'\\' => {
                    let Some(&e) = self.b.get(self.i) else {
                        return Err(self.err("a lone backslash"));
                    };
                    self.i += 1;
                    if matches!(e, b'd' | b'w' | b's') {
                        set = set.union(&perl_class(e));
                        continue;
                    }
                    e
                }
                c if c.is_ascii() => c,
                _ => return Err(self.err("a byte outside ASCII (patterns run on folded text)")),
            };
            if self.b.get(self.i) == Some(&b'-')
                && self.b.get(self.i + 1).is_some_and(|&h| h != b']')
            {
                let hi = self.b[self.i + 1];
                if !hi.is_ascii() || hi < lo {
                    return Err(self.err("a bad range in a class"));
                }
                self.i += 2;
                for b in lo..=hi {
                    set.add(b);
                }
            } else {
                set.add(lo);
            }
        }
    }
}

fn perl_class(c: u8) -> Bytes {
    match c {
        b'd' => Bytes::of(|b| b.is_ascii_digit()),
        b'w' => Bytes::of(is_word),
        b's' => Bytes::of(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)),
        b'D' => Bytes::of(|b| b.is_ascii() && !b.is_ascii_digit()),
        b'W' => Bytes::of(|b| b.is_ascii() && !is_word(b)),
        _ => {
            Bytes::of(|b| b.is_ascii() && !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c))
        }
    }
}

fn parse(pattern: &str) -> Result<Ast, PatternError> {
    let mut p = Parser {
        src: pattern,
        b: pattern.as_bytes(),
        i: 0,
    };
    let ast = p.alternation()?;
    if p.i != p.b.len() {
        return Err(p.err("an unopened )"));
    }
    Ok(ast)
}

/// One NFA state. `u32` ids index [`Nfa::states`].
#[derive(Clone, Debug)]
enum State {
    /// Consumes one byte of `set` (an index into [`Nfa::sets`]).
    Bytes { set: u32, next: u32 },
    /// Goes on to each, consuming nothing.
    Split(Vec<u32>),
    /// Goes on if the assertion holds here.
    Look { look: Look, next: u32 },
    /// Pattern `.0` matches.
    Match(u32),
}

struct Nfa {
    states: Vec<State>,
    sets: Vec<Bytes>,
    /// The start of every pattern: where every position restarts.
    start: u32,
}

impl Nfa {
    fn push(&mut self, s: State) -> u32 {
        self.states.push(s);
        (self.states.len() - 1) as u32
    }

    fn set(&mut self, b: Bytes) -> u32 {
        match self.sets.iter().position(|s| *s == b) {
            Some(i) => i as u32,
            None => {
                self.sets.push(b);
                (self.sets.len() - 1) as u32
            }
        }
    }

    /// Compiles `ast` so that it continues at `next`; returns its entry.
    fn compile(&mut self, ast: &Ast, next: u32) -> u32 {
        match ast {
            Ast::Empty => next,
            Ast::Bytes(b) => {
                let set = self.set(*b);
                self.push(State::Bytes { set, next })
            }
            Ast::Look(look) => self.push(State::Look { look: *look, next }),
            Ast::Concat(items) => items.iter().rev().fold(next, |n, a| self.compile(a, n)),
            Ast::Alt(alts) => {
                let entries = alts.iter().map(|a| self.compile(a, next)).collect();
                self.push(State::Split(entries))
            }
            Ast::Repeat(a, min, max) => {
                let mut entry = match max {
                    // a* : a loop back to a split before `a`.
                    None => {
                        let split = self.push(State::Split(Vec::new()));
                        let body = self.compile(a, split);
                        self.states[split as usize] = State::Split(vec![body, next]);
                        split
                    }
                    // Up to max - min optional copies, nested: a(a(a)?)?)?
                    Some(max) => {
                        let mut e = next;
                        for _ in *min..*max {
                            let body = self.compile(a, e);
                            e = self.push(State::Split(vec![body, next]));
                        }
                        e
                    }
                };
                for _ in 0..*min {
                    entry = self.compile(a, entry);
                }
                entry
            }
        }
    }
}

/// Bytes that behave alike everywhere in the NFA share a class, so a DFA
/// state's row is a few dozen entries instead of 256.
struct Classes {
    of: [u8; 256],
    count: usize,
}

impl Classes {
    fn new(sets: &[Bytes]) -> Classes {
        let mut seen: HashMap<Vec<bool>, u8> = HashMap::new();
        let mut of = [0u8; 256];
        for b in 0..=255u8 {
            let mut sig: Vec<bool> = sets.iter().map(|s| s.has(b)).collect();
            sig.push(is_word(b));
            let next = seen.len() as u8;
            of[usize::from(b)] = *seen.entry(sig).or_insert(next);
        }
        Classes {
            of,
            count: seen.len(),
        }
    }
}

/// Where in the text a DFA state stands, as far as assertions care.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Context {
    at_start: bool,
    prev_word: bool,
}

impl Context {
    /// The context as the last element of a state's key: above any NFA
    /// state id, so a key reads unambiguously.
    fn tag(self) -> u32 {
        0xffff_ff00 | u32::from(self.at_start) | u32::from(self.prev_word) << 1
    }
    fn of_tag(tag: u32) -> Context {
        Context {
            at_start: tag & 1 != 0,
            prev_word: tag & 2 != 0,
        }
    }
}

const UNKNOWN: u32 = u32::MAX;

/// One thread's lazy DFA for one [`PatternSet`].
#[derive(Default)]
struct Cache {
    /// Each DFA state's NFA states (sorted), then its context
    /// ([`Context::tag`]).
    keys: Vec<Box<[u32]>>,
    index: HashMap<Box<[u32]>, u32, Fx>,
    /// The state every search starts in, once made.
    start: u32,
    /// `states × classes`: the next DFA state, or [`UNKNOWN`].
    next: Vec<u32>,
    /// `states × classes`: the patterns that matched just before the byte
    /// (an index into `lists`; 0 is none).
    matched: Vec<u32>,
    /// Per state: the patterns that match at the end of the text, once
    /// known (`UNKNOWN` before).
    at_end: Vec<u32>,
    lists: Vec<Box<[u32]>>,
    list_index: HashMap<Box<[u32]>, u32, Fx>,
    /// Every pattern restarted in a context before a byte class
    /// (`u16::MAX`: the end): NFA states alive after it, patterns matched.
    restarts: HashMap<(Context, u16), (Vec<u32>, Vec<u32>)>,
    /// Scratch for closures: a generation stamp per NFA state.
    stamp: Vec<u32>,
    generation: u32,
    stack: Vec<u32>,
}

impl Cache {
    fn reset(&mut self) {
        self.keys.clear();
        self.index.clear();
        self.start = UNKNOWN;
        self.next.clear();
        self.matched.clear();
        self.at_end.clear();
        self.lists.clear();
        self.list_index.clear();
        self.lists.push(Box::new([]));
        self.list_index.insert(Box::new([]), 0);
    }

    /// The state of `key` (NFA states, then the context's tag), made if new.
    fn state(&mut self, key: Vec<u32>, classes: usize) -> u32 {
        if let Some(&id) = self.index.get(&key[..]) {
            return id;
        }
        let id = self.keys.len() as u32;
        let key: Box<[u32]> = key.into();
        self.keys.push(key.clone());
        self.index.insert(key, id);
        self.next.extend(std::iter::repeat_n(UNKNOWN, classes));
        self.matched.extend(std::iter::repeat_n(0, classes));
        self.at_end.push(UNKNOWN);
        id
    }

    fn list(&mut self, mut pats: Vec<u32>) -> u32 {
        if pats.is_empty() {
            return 0;
        }
        pats.sort_unstable();
        pats.dedup();
        let pats: Box<[u32]> = pats.into();
        if let Some(&i) = self.list_index.get(&pats) {
            return i;
        }
        let i = self.lists.len() as u32;
        self.lists.push(pats.clone());
        self.list_index.insert(pats, i);
        i
    }
}

/// Many patterns, asked together which of them match somewhere in a text.
pub struct PatternSet {
    nfa: Nfa,
    classes: Classes,
    patterns: usize,
    /// This set's slot in each thread's caches.
    id: usize,
    /// [`MAX_STATES`], lower in the tests of starting afresh.
    max_states: usize,
}

static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static CACHES: RefCell<Vec<Option<Cache>>> = const { RefCell::new(Vec::new()) };
}

impl fmt::Debug for PatternSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "PatternSet({} patterns, {} NFA states, {} byte classes)",
            self.patterns,
            self.nfa.states.len(),
            self.classes.count
        )
    }
}

impl PatternSet {
    /// Compiles `patterns`; pattern `i` is reported as `i`.
    pub fn new<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Result<Self, PatternError> {
        let asts = patterns
            .into_iter()
            .map(parse)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self::compiled(asts))
    }

    /// A set of plain words: pattern `i` matches where `words[i]` occurs,
    /// byte for byte (as `str::contains`, in one pass for all of them).
    /// Any bytes: the words of scripts `text::fold` keeps as written too.
    pub fn literals<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let asts: Vec<Ast> = words
            .into_iter()
            .map(|w| Ast::Concat(w.bytes().map(|b| Ast::Bytes(Bytes::one(b))).collect()))
            .collect();
        Self::compiled(asts)
    }

    fn compiled(asts: Vec<Ast>) -> Self {
        let mut nfa = Nfa {
            states: Vec::new(),
            sets: Vec::new(),
            start: 0,
        };
        let mut starts = Vec::new();
        for (i, ast) in asts.iter().enumerate() {
            let m = nfa.push(State::Match(i as u32));
            starts.push(nfa.compile(ast, m));
        }
        nfa.start = nfa.push(State::Split(starts));
        let classes = Classes::new(&nfa.sets);
        PatternSet {
            nfa,
            classes,
            patterns: asts.len(),
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            max_states: MAX_STATES,
        }
    }

    /// How many patterns the set holds.
    pub fn len(&self) -> usize {
        self.patterns
    }

    /// Whether the set holds no pattern.
    pub fn is_empty(&self) -> bool {
        self.patterns == 0
    }

    /// Whether any pattern matches somewhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        let mut any = false;
        self.search(text.as_bytes(), &mut |_| {
            any = true;
            false
        });
        any
    }

    /// Every pattern that matches somewhere in `text`, in pattern order.
    pub fn matches(&self, text: &str) -> Vec<usize> {
        let mut hit = vec![false; self.patterns];
        self.search(text.as_bytes(), &mut |list| {
            for &p in list {
                hit[p as usize] = true;
            }
            true
        });
        hit.iter()
            .enumerate()
            .filter_map(|(i, h)| h.then_some(i))
            .collect()
    }

    /// Runs the lazy DFA over `text`, handing each non-empty list of
    /// patterns matched to `found`; stops when it returns false.
    fn search(&self, text: &[u8], found: &mut dyn FnMut(&[u32]) -> bool) {
        CACHES.with(|caches| {
            let mut caches = caches.borrow_mut();
            if caches.len() <= self.id {
                caches.resize_with(self.id + 1, || None);
            }
            let cache = caches[self.id].get_or_insert_with(|| {
                let mut c = Cache::default();
                c.reset();
                c
            });
            self.run(cache, text, found);
        });
    }

    fn run(&self, c: &mut Cache, text: &[u8], found: &mut dyn FnMut(&[u32]) -> bool) {
        let k = self.classes.count;
        if c.start == UNKNOWN {
            let start = Context {
                at_start: true,
                prev_word: false,
            };
            c.start = c.state(vec![start.tag()], k);
        }
        let mut state = c.start;
        for &b in text {
            let slot = state as usize * k + usize::from(self.classes.of[usize::from(b)]);
            let list = if c.next[slot] != UNKNOWN {
                state = c.next[slot];
                c.matched[slot]
            } else {
                let (mut kernel, pats) = self.step(c, state, Some(b));
                let ctx = Context {
                    at_start: false,
                    prev_word: is_word(b),
                };
                kernel.push(ctx.tag());
                if c.keys.len() >= self.max_states {
                    // Start afresh: the old states are gone, this step is
                    // not remembered, and the search goes on from here.
                    c.reset();
                    let list = c.list(pats);
                    state = c.state(kernel, k);
                    list
                } else {
                    let list = c.list(pats);
                    let next = c.state(kernel, k);
                    c.next[slot] = next;
                    c.matched[slot] = list;
                    state = next;
                    list
                }
            };
            if list != 0 && !found(&c.lists[list as usize]) {
                return;
            }
        }
        let id = state as usize;
        if c.at_end[id] == UNKNOWN {
            let (_, pats) = self.step(c, state, None);
            c.at_end[id] = c.list(pats);
        }
        let list = c.at_end[id];
        if list != 0 {
            found(&c.lists[list as usize]);
        }
    }

    /// From DFA state `state`, before byte `b` (`None`: the end of the
    /// text): the patterns that match here, and the NFA states alive after
    /// `b`. The restart of every pattern at this position is the same for
    /// every state in the same context, so its part is computed once per
    /// context and byte class and kept (`Cache::restarts`).
    fn step(&self, c: &mut Cache, state: u32, b: Option<u8>) -> (Vec<u32>, Vec<u32>) {
        let key = c.keys[state as usize].clone();
        let (tag, kernel) = key.split_last().map_or((0, &[][..]), |(t, k)| (*t, k));
        let ctx = Context::of_tag(tag);
        let key = (
            ctx,
            b.map_or(u16::MAX, |b| u16::from(self.classes.of[usize::from(b)])),
        );
        let restart = match c.restarts.get(&key) {
            Some(r) => r.clone(),
            None => {
                let r = self.closure(c, &[self.nfa.start], ctx, b);
                c.restarts.insert(key, r.clone());
                r
            }
        };
        let (mut after, mut pats) = self.closure(c, kernel, ctx, b);
        after.extend_from_slice(&restart.0);
        pats.extend_from_slice(&restart.1);
        after.sort_unstable();
        after.dedup();
        (after, pats)
    }

    /// The NFA states alive after `b` and the patterns matched before it,
    /// from `seeds` in context `ctx`.
    fn closure(
        &self,
        c: &mut Cache,
        seeds: &[u32],
        ctx: Context,
        b: Option<u8>,
    ) -> (Vec<u32>, Vec<u32>) {
        let next_word = b.is_some_and(is_word);
        let holds = |look: Look| match look {
            Look::Start => ctx.at_start,
            Look::End => b.is_none(),
            Look::WordBoundary => ctx.prev_word != next_word,
            Look::NotWordBoundary => ctx.prev_word == next_word,
        };
        c.generation = c.generation.wrapping_add(1);
        if c.generation == 0 || c.stamp.len() != self.nfa.states.len() {
            c.stamp = vec![0; self.nfa.states.len()];
            c.generation = 1;
        }
        let generation = c.generation;
        let mut pats = Vec::new();
        let mut after = Vec::new();
        c.stack.clear();
        c.stack.extend(seeds.iter().copied());
        while let Some(s) = c.stack.pop() {
            let seen = &mut c.stamp[s as usize];
            if *seen == generation {
                continue;
            }
            *seen = generation;
            match &self.nfa.states[s as usize] {
                State::Bytes { set, next } => {
                    if let Some(b) = b {
                        if self.nfa.sets[*set as usize].has(b) {
                            after.push(*next);
                        }
                    }
                }
                State::Split(to) => c.stack.extend(to.iter().rev().copied()),
                State::Look { look, next } => {
                    if holds(*look) {
                        c.stack.push(*next);
                    }
                }
                State::Match(p) => pats.push(*p),
            }
        }
        (after, pats)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fields::patterns::{negative, rules, soft_negative};

    /// The regex crate's answer, as the tables were written for it.
    fn oracle(patterns: &[&str]) -> regex::RegexSet {
        regex::RegexSetBuilder::new(patterns)
            .unicode(false)
            .build()
            .expect("the oracle compiles the patterns")
    }

    fn tables() -> Vec<(&'static str, Vec<&'static str>)> {
        vec![
            ("rules", rules().iter().map(|r| r.pattern).collect()),
            ("negative", negative().to_vec()),
            ("soft_negative", soft_negative().to_vec()),
        ]
    }

    /// Texts near every pattern: each alternative's letters with the
    /// syntax taken out, then changed at the edges, where `\b`, `^` and
    /// `$` decide.
    fn texts_near(patterns: &[&str]) -> Vec<String> {
        let mut out = Vec::new();
        for p in patterns {
            for alt in p.split('|') {
                let plain: String = alt
                    .replace("\\b", "")
                    .replace("\\d", "7")
                    .replace("\\w", "x")
                    .replace("\\s", " ")
                    .chars()
                    .filter(|c| !"()?*+^$\\[]{}".contains(*c))
                    .collect();
                let first = plain.split('|').next().unwrap_or("").to_string();
                for t in [
                    first.clone(),
                    format!("x{first}"),
                    format!("{first}x"),
                    format!(" {first} "),
                    format!("{first}1"),
                    format!("my {first} here"),
                    format!("{first}s"),
                    first.chars().skip(1).collect(),
                    first.chars().take(first.len().saturating_sub(1)).collect(),
                    first.replace(' ', ""),
                    format!("stra\u{df}e {first}"),
                    format!("{first}\u{e9}"),
                ] {
                    out.push(t);
                }
            }
        }
        out
    }

    /// Texts from a small alphabet, seeded, so the same every run.
    fn random_texts(n: usize) -> Vec<String> {
        const ALPHABET: &[u8] = b"abcdeilmnorstuvz0127 _-@&";
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        (0..n)
            .map(|_| {
                let len = (next() % 24) as usize;
                (0..len)
                    .map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize] as char)
                    .collect()
            })
            .collect()
    }

    fn agree(set: &PatternSet, oracle: &regex::RegexSet, texts: &[String], table: &str) {
        for t in texts {
            let want: Vec<usize> = oracle.matches(t).into_iter().collect();
            assert_eq!(set.matches(t), want, "{table}: {t:?}");
            assert_eq!(set.is_match(t), !want.is_empty(), "{table}: {t:?}");
        }
    }

    #[test]
    fn every_table_agrees_with_the_regex_crate() {
        for (name, patterns) in tables() {
            let set = PatternSet::new(patterns.iter().copied()).expect(name);
            assert_eq!(set.len(), patterns.len());
            let oracle = oracle(&patterns);
            let mut texts = texts_near(&patterns);
            texts.extend(random_texts(3000));
            assert!(texts.len() > 3000);
            agree(&set, &oracle, &texts, name);
            // Asked twice: the second time every transition is cached.
            agree(&set, &oracle, &texts[..500], name);
        }
    }

    #[test]
    fn starting_afresh_changes_no_answer() {
        let patterns: Vec<&str> = rules().iter().map(|r| r.pattern).collect();
        let mut set = PatternSet::new(patterns.iter().copied()).expect("rules");
        set.max_states = 3;
        let mut texts = texts_near(&patterns[..60]);
        texts.extend(random_texts(300));
        agree(&set, &oracle(&patterns), &texts, "rules, 3 states");
    }

    #[test]
    fn assertions_and_repetitions() {
        let set = PatternSet::new([
            r"\btel\b",
            r"^kunden ?konto$",
            r"\bname( \w+){0,4} on card\b",
            r"\bplz\d*\b",
            r"x*y+",
            r"[iy]ou",
            r"a\+b",
            r"",
            r"\Bort\b",
        ])
        .expect("compiles");
        assert_eq!(set.matches("tel"), vec![0, 7]);
        assert_eq!(set.matches("hotel"), vec![7]);
        assert_eq!(set.matches("kundenkonto"), vec![1, 7]);
        assert_eq!(set.matches("mein kundenkonto"), vec![7]);
        assert_eq!(set.matches("name as shown on card"), vec![2, 7]);
        assert_eq!(set.matches("name a b c d e on card"), vec![7]);
        assert_eq!(set.matches("plz2 y"), vec![3, 4, 7]);
        assert_eq!(set.matches("you"), vec![4, 5, 7]);
        assert_eq!(set.matches("a+b"), vec![6, 7]);
        assert_eq!(set.matches("passwort"), vec![7, 8]);
        // A byte outside ASCII is no word byte: "tel" after "ß" stands alone.
        assert_eq!(set.matches("stra\u{df}tel"), vec![0, 7]);
        assert!(set.is_match(""));
        let none = PatternSet::new(Vec::<&str>::new()).expect("empty set");
        assert!(none.is_empty());
        assert!(!none.is_match("anything"));
    }

    #[test]
    fn literals_are_contains_for_every_word_at_once() {
        let words = ["konto", " mein ", "", "кабинет", "a b"];
        let set = PatternSet::literals(words);
        for text in [
            " mein kundenkonto ",
            " meine ",
            " личный кабинет ",
            "a  b",
            "xa bx",
            "",
        ] {
            let want: Vec<usize> = (0..words.len())
                .filter(|&i| text.contains(words[i]))
                .collect();
            assert_eq!(set.matches(text), want, "{text:?}");
        }
    }

    #[test]
    fn syntax_outside_the_tables_is_refused_with_its_place() {
        for (p, what) in [
            ("a.b", "`.`"),
            ("[^a]", "negated"),
            ("(ab", "unclosed ("),
            ("ab)", "unopened )"),
            ("stra\u{df}e", "outside ASCII"),
            ("a{2,1}", "out of range"),
            ("*a", "repetition of nothing"),
            (r"\q", "unknown escape"),
            ("(?i)a", "group flag"),
        ] {
            let e = PatternSet::new([p]).expect_err(p);
            assert!(e.what.contains(what), "{p}: {e}");
            assert!(e.to_string().contains(p), "{p}: {e}");
        }
    }
}
