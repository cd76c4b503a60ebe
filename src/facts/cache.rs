//! What a document's response headers say about a shared cache.
//!
//! Most real incidents of someone else's account on screen were a shared
//! cache (a CDN, a reverse proxy, a shop's page-cache plugin) handing one
//! customer's page to the next visitor. The cache says so in the headers
//! it adds: a status header reading `HIT` (`X-Cache`, `CF-Cache-Status`,
//! `X-Cache-Status`, the standard `Cache-Status: …; hit`), an `Age` above
//! zero, two transaction ids in `X-Varnish`. This module reads those
//! ([`CacheEvidence::of`]); [`crate::rules::cache`] decides what they mean
//! on a page that shows a person.
//!
//! Header names here are data: a cache product with a header of its own
//! name ending in `-cache` or `-cache-status` is read without a change.
//! A contributor adding a product whose header is named otherwise adds
//! it to [`STATUS_HEADERS`].

use crate::snapshot::Response;

/// Headers kept per response, at most: real responses carry a handful of
/// the kept names.
pub const MAX_HEADERS: usize = 16;

/// Cache status headers whose name does not end in `-cache` or
/// `-cache-status`, and the standard one.
pub const STATUS_HEADERS: &[&str] = &[
    // RFC 9211, with `hit` as a parameter: `Cache-Status: ExampleCDN; hit`.
    "cache-status",
    // Cloudflare.
    "cf-cache-status",
    // Squid and others: `X-Cache-Lookup: HIT from proxy:3128`.
    "x-cache-lookup",
    // Counters: Fastly, Varnish set-ups (`X-Cache-Hits: 3`).
    "x-cache-hits",
];

/// Headers read besides cache status headers.
pub const OTHER_HEADERS: &[&str] = &[
    // Seconds the response spent in a cache (RFC 9111 §5.1).
    "age",
    // Varnish: the request's id, and on a hit the id of the one that filled it.
    "x-varnish",
    // Whether a shared cache may keep the response at all.
    "cache-control",
    "surrogate-control",
    "cdn-cache-control",
    // What the cache keys on besides the address: `Cookie` makes it per visitor.
    "vary",
    // Kept as present or not, never its value.
    "set-cookie",
];

/// Names that hold cache directives, not a status.
const DIRECTIVE_HEADERS: &[&str] = &["cache-control", "surrogate-control", "cdn-cache-control"];

/// Status headers of caches that keep a copy per user, not one for every
/// visitor: their hit is the visitor's own copy. Drupal's dynamic page
/// cache varies by the user's roles and session.
const PER_USER_CACHES: &[&str] = &["x-drupal-dynamic-cache"];

/// Whether a response header (name lower-case) is kept in a snapshot.
pub fn kept(name: &str) -> bool {
    is_status_header(name) || OTHER_HEADERS.contains(&name)
}

/// The kept headers of a response's `(name, value)` pairs, as a snapshot
/// carries them: other names dropped, names lower-cased, `Set-Cookie`
/// emptied and kept once, values trimmed and cut to 200 characters, at most
/// [`MAX_HEADERS`].
pub fn response<'a>(headers: impl IntoIterator<Item = (&'a str, &'a str)>) -> Response {
    let mut out: Vec<(String, String)> = Vec::new();
    for (name, value) in headers {
        let name = name.trim().to_ascii_lowercase();
        if !kept(&name) {
            continue;
        }
        if name == "set-cookie" {
            if !out.iter().any(|(n, _)| n == "set-cookie") {
                out.push((name, String::new()));
            }
            continue;
        }
        if out.len() >= MAX_HEADERS {
            break;
        }
        let value = if name == "cache-status" {
            without_keys(value)
        } else {
            value.trim().to_string()
        };
        out.push((name, value.chars().take(200).collect()));
    }
    Response { headers: out }
}

/// A `Cache-Status` value without its `key` parameters (RFC 9211 §2.7):
/// a cache key can hold the visitor's cookie, which is not evidence.
fn without_keys(value: &str) -> String {
    value
        .split(',')
        .map(|member| {
            member
                .split(';')
                .map(str::trim)
                .filter(|p| !p.get(..4).is_some_and(|k| k.eq_ignore_ascii_case("key=")))
                .collect::<Vec<_>>()
                .join("; ")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether `name` (lower-case) names a cache status header.
fn is_status_header(name: &str) -> bool {
    if DIRECTIVE_HEADERS.contains(&name) || PER_USER_CACHES.contains(&name) {
        return false;
    }
    STATUS_HEADERS.contains(&name) || name.ends_with("-cache") || name.ends_with("-cache-status")
}

/// What the headers say, in words a reader checks against the headers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CacheEvidence {
    /// The headers saying a cache served this response, as a person reads
    /// them: "X-Cache-Status HIT", "Age 412 s", "X-Varnish 32770 3".
    pub hit: Vec<String>,
    /// The headers saying a shared cache may keep it:
    /// "Cache-Control: public, max-age=600", "Vary without Cookie".
    pub cacheable: Vec<String>,
    /// The cache keys on the visitor (`Vary: Cookie`, a status naming a
    /// private cache): a hit is the visitor's own copy.
    pub per_visitor: bool,
}

impl CacheEvidence {
    /// Reads a response's kept headers.
    pub fn of(response: &Response) -> CacheEvidence {
        let mut ev = CacheEvidence::default();
        let header = |n: &'static str| {
            response
                .headers
                .iter()
                .filter(move |(name, _)| name == n)
                .map(|(_, v)| v.as_str())
        };
        for (name, value) in &response.headers {
            let shown = display_name(name);
            if name == "age" {
                if let Ok(age) = value.trim().parse::<u64>() {
                    if age > 0 {
                        ev.hit.push(format!("{shown} {age} s"));
                    }
                }
            } else if name == "x-varnish" {
                // One id: the origin answered; two: a cached object answered.
                let ids: Vec<&str> = value.split_whitespace().collect();
                if ids.len() >= 2 && ids.iter().all(|i| i.bytes().all(|b| b.is_ascii_digit())) {
                    ev.hit.push(format!("{shown} {}", ids.join(" ")));
                }
            } else if name == "x-cache-hits" {
                if value
                    .split(|c: char| c == ',' || c.is_whitespace())
                    .any(|n| n.parse::<u64>().is_ok_and(|n| n > 0))
                {
                    ev.hit.push(format!("{shown} {value}"));
                }
            } else if name == "cache-status" {
                // RFC 9211: one member per cache, `hit` a parameter of its own.
                let hit = value.split(',').any(|m| {
                    m.split(';').skip(1).any(|p| {
                        // `hit`, or as a structured-field boolean, `hit=?1`.
                        let p = p.trim();
                        p.eq_ignore_ascii_case("hit") || p.eq_ignore_ascii_case("hit=?1")
                    })
                });
                if hit {
                    ev.hit.push(format!("{shown} {value}"));
                }
            } else if is_status_header(name) {
                let words = status_words(value);
                if words.iter().any(|w| w == "private") {
                    ev.per_visitor = true;
                } else if words.iter().any(|w| is_hit_word(w)) {
                    ev.hit.push(format!("{shown} {value}"));
                }
            }
        }
        let vary: Vec<String> = header("vary")
            .flat_map(|v| v.split(','))
            .map(|v| v.trim().to_ascii_lowercase())
            .filter(|v| !v.is_empty())
            .collect();
        if vary
            .iter()
            .any(|v| v == "cookie" || v == "authorization" || v == "*")
        {
            ev.per_visitor = true;
        }
        let directives: Vec<String> = response
            .headers
            .iter()
            .filter(|(n, _)| DIRECTIVE_HEADERS.contains(&n.as_str()))
            .flat_map(|(_, v)| v.split(','))
            .map(|d| d.trim().to_ascii_lowercase())
            .collect();
        let has = |d: &str| directives.iter().any(|x| x == d);
        let positive = |d: &str| {
            directives.iter().any(|x| {
                x.strip_prefix(d)
                    .and_then(|r| r.strip_prefix('='))
                    .is_some_and(|n| n.trim_matches('"').parse::<u64>().is_ok_and(|n| n > 0))
            })
        };
        let shared_may_store = !has("private")
            && !has("no-store")
            && (has("public") || positive("s-maxage") || positive("max-age"));
        if shared_may_store {
            for (name, value) in &response.headers {
                if DIRECTIVE_HEADERS.contains(&name.as_str()) {
                    ev.cacheable
                        .push(format!("{}: {value}", display_name(name)));
                }
            }
            if !ev.per_visitor {
                ev.cacheable.push("Vary without Cookie".into());
            }
            if header("set-cookie").next().is_some() {
                ev.cacheable.push("Set-Cookie on it".into());
            }
        }
        ev
    }

    /// The hit evidence in one phrase: "X-Cache-Status HIT, Age 412 s".
    pub fn hit_phrase(&self) -> String {
        self.hit.join(", ")
    }
}

/// A status value's words, lower-case: `TCP_MEM_HIT`, `Hit from cloudfront`,
/// `MISS, HIT`, `ExampleCDN; hit; ttl=30`.
fn status_words(value: &str) -> Vec<String> {
    value
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
        .collect()
}

/// Words of a status header that mean the cache answered: `HIT`, Squid's
/// `TCP_HIT`/`TCP_MEM_HIT`/`TCP_REFRESH_HIT`, CloudFront's `RefreshHit`,
/// served-while-stale (`STALE`, nginx's `UPDATING`, Cloudflare's
/// `REVALIDATED`), and Vercel's `PRERENDER` (a page built once for every
/// visitor). `MISS`, `EXPIRED`, `BYPASS`, `DYNAMIC` are not.
fn is_hit_word(w: &str) -> bool {
    matches!(
        w,
        "hit" | "refreshhit" | "stale" | "updating" | "revalidated" | "prerender"
    ) || w.ends_with("_hit")
}

/// A header's name as documentation writes it: `CF-Cache-Status`,
/// `X-Cache-Status`, `Age`.
fn display_name(name: &str) -> String {
    name.split('-')
        .map(|part| match part {
            "cf" | "cdn" => part.to_ascii_uppercase(),
            _ => {
                let mut c = part.chars();
                match c.next() {
                    Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                    None => String::new(),
                }
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(headers: &[(&str, &str)]) -> CacheEvidence {
        CacheEvidence::of(&response(headers.iter().copied()))
    }

    #[test]
    fn status_headers_of_the_common_caches_read_as_hits() {
        for (name, value, phrase) in [
            ("CF-Cache-Status", "HIT", "CF-Cache-Status HIT"),
            (
                "X-Cache",
                "Hit from cloudfront",
                "X-Cache Hit from cloudfront",
            ),
            (
                "X-Cache",
                "RefreshHit from cloudfront",
                "X-Cache RefreshHit from cloudfront",
            ),
            ("x-cache", "MISS, HIT", "X-Cache MISS, HIT"),
            ("X-Cache-Status", "HIT", "X-Cache-Status HIT"),
            ("X-Cache-Status", "STALE", "X-Cache-Status STALE"),
            ("X-Proxy-Cache", "HIT", "X-Proxy-Cache HIT"),
            ("X-Vercel-Cache", "HIT", "X-Vercel-Cache HIT"),
            (
                "X-Cache-Lookup",
                "HIT from proxy:3128",
                "X-Cache-Lookup HIT from proxy:3128",
            ),
            ("X-Squid-Cache", "TCP_MEM_HIT", "X-Squid-Cache TCP_MEM_HIT"),
            (
                "Cache-Status",
                "ExampleCDN; hit; ttl=30",
                "Cache-Status ExampleCDN; hit; ttl=30",
            ),
            ("X-Cache-Hits", "0, 3", "X-Cache-Hits 0, 3"),
            (
                "Cache-Status",
                "\"Netlify Edge\"; hit=?1",
                "Cache-Status \"Netlify Edge\"; hit=?1",
            ),
            ("X-Vercel-Cache", "PRERENDER", "X-Vercel-Cache PRERENDER"),
        ] {
            let e = ev(&[(name, value)]);
            assert_eq!(e.hit, [phrase], "{name}: {value}");
            assert!(!e.per_visitor);
        }
    }

    #[test]
    fn misses_and_passes_are_no_hit() {
        for (name, value) in [
            ("CF-Cache-Status", "DYNAMIC"),
            ("CF-Cache-Status", "MISS"),
            ("CF-Cache-Status", "EXPIRED"),
            ("CF-Cache-Status", "BYPASS"),
            ("X-Cache", "Miss from cloudfront"),
            ("X-Cache-Status", "MISS"),
            ("Cache-Status", "ExampleCDN; fwd=uri-miss"),
            ("Cache-Status", "ExampleCDN; fwd=stale; stored"),
            ("X-Cache-Hits", "0"),
            ("Age", "0"),
            ("Age", "soon"),
            ("X-Varnish", "32770"),
            ("X-Varnish", "32770 abc"),
        ] {
            assert_eq!(
                ev(&[(name, value)]).hit,
                Vec::<String>::new(),
                "{name}: {value}"
            );
        }
    }

    #[test]
    fn age_and_two_varnish_ids_are_hits() {
        let e = ev(&[
            ("Age", "412"),
            ("X-Varnish", "32770 3"),
            ("Via", "1.1 varnish"),
        ]);
        assert_eq!(e.hit, ["Age 412 s", "X-Varnish 32770 3"]);
    }

    #[test]
    fn a_cache_keyed_on_the_cookie_or_private_is_per_visitor() {
        let e = ev(&[("X-Cache", "HIT"), ("Vary", "Accept-Encoding, Cookie")]);
        assert!(e.per_visitor);
        let e = ev(&[("X-LiteSpeed-Cache", "hit,private")]);
        assert!(e.per_visitor);
        assert!(e.hit.is_empty());
        assert!(ev(&[("Vary", "*")]).per_visitor);
        assert!(ev(&[("X-Cache", "HIT"), ("Vary", "Authorization")]).per_visitor);
        // Drupal's dynamic page cache keeps a copy per user: no evidence.
        assert!(ev(&[("X-Drupal-Dynamic-Cache", "HIT")]).hit.is_empty());
        assert_eq!(ev(&[("X-Drupal-Cache", "HIT")]).hit, ["X-Drupal-Cache HIT"]);
    }

    #[test]
    fn cacheable_means_a_shared_cache_may_store_it() {
        let e = ev(&[
            ("Cache-Control", "public, max-age=600"),
            ("Vary", "Accept-Encoding"),
            ("Set-Cookie", "sid=secret; HttpOnly"),
        ]);
        assert_eq!(
            e.cacheable,
            [
                "Cache-Control: public, max-age=600",
                "Vary without Cookie",
                "Set-Cookie on it"
            ]
        );
        assert!(e.hit.is_empty());
        for cc in [
            "private, max-age=600",
            "no-store",
            "max-age=0",
            "no-cache",
            "s-maxage=0",
        ] {
            assert!(ev(&[("Cache-Control", cc)]).cacheable.is_empty(), "{cc}");
        }
        assert_eq!(
            ev(&[("Cache-Control", "s-maxage=\"60\"")]).cacheable,
            ["Cache-Control: s-maxage=\"60\"", "Vary without Cookie"]
        );
        assert!(ev(&[]).cacheable.is_empty());
    }

    #[test]
    fn only_cache_headers_are_kept_and_never_a_cookie() {
        let r = response([
            ("Content-Type", "text/html"),
            ("Set-Cookie", "sid=secret"),
            ("set-cookie", "other=secret"),
            ("X-Cache", " HIT "),
            ("Authorization", "Bearer x"),
            ("Cache-Control", "public"),
        ]);
        assert_eq!(
            r.headers,
            [
                ("set-cookie".to_string(), String::new()),
                ("x-cache".into(), "HIT".into()),
                ("cache-control".into(), "public".into()),
            ]
        );
        assert!(!kept("content-type"));
        // A cache key can hold the visitor's cookie: it is dropped.
        let r = response([(
            "Cache-Status",
            "ExampleCDN; hit; key=\"/konto sid=secret\", Origin; fwd=uri-miss",
        )]);
        assert_eq!(r.headers[0].1, "ExampleCDN; hit, Origin; fwd=uri-miss");
        assert!(!kept("x-cached-by-nothing"));
        assert!(kept("x-drupal-cache"));
    }

    #[test]
    fn header_names_read_as_documented() {
        assert_eq!(display_name("cf-cache-status"), "CF-Cache-Status");
        assert_eq!(display_name("x-varnish"), "X-Varnish");
        assert_eq!(display_name("cdn-cache-control"), "CDN-Cache-Control");
    }
}
