//! PDF files, read in two passes. lopdf 0.47 loads the file (repairing a broken
//! cross-reference table, trying the empty user password, unpacking each stream
//! through a size cap), finds out what the pages hold (text operators, images,
//! form XObjects and how much work they are), and writes a clean copy: every
//! stream unpacked, images and attachments emptied, a flat page tree, no
//! encryption. pdf-extract then lays each page of that copy out into lines and
//! paragraphs; a page it cannot read (an error, a panic, or forms nested too
//! deep or too costly for it) gets lopdf's own simpler text instead.

use super::contain::quietly;
use super::error::{ImportError, Measured};
use super::imported::{Format, MAX_UNPACKED_BYTES};
use super::normalize;
use crate::model::MAX_SOURCE_TEXT_BYTES;
use lopdf::content::{Content, Operation};
use lopdf::{Dictionary, Document, LoadOptions, Object, ObjectId};
use std::collections::{HashMap, HashSet};

/// The most all streams of one PDF may unpack to together.
const MAX_UNPACKED_TOTAL: u64 = 256 * 1024 * 1024;

/// The most content (with the forms it draws, counted each time) one page may
/// give pdf-extract; a costlier page is read by lopdf alone.
const MAX_PAGE_WORK: u64 = 64 * 1024 * 1024;

/// Forms drawn inside forms deeper than this are not given to pdf-extract,
/// which follows them by recursion.
const MAX_FORM_DEPTH: usize = 12;

/// The largest value a page's work can take (also: "unsafe for pdf-extract").
const UNBOUNDED: u64 = u64::MAX;

/// The text of a PDF's text layer, its pages separated by a blank line.
pub(super) fn extract(bytes: &[u8]) -> Result<String, ImportError> {
    let (document, pages, clean) = quietly(|| prepare(bytes))
        .ok_or_else(|| ImportError::damaged(Format::Pdf, "the PDF reader failed on this file"))??;
    let text_operators: usize = pages.iter().map(|page| page.usage.text_ops).sum();
    let images: usize = pages.iter().map(|page| page.usage.images).sum();
    if text_operators == 0 {
        if let Some(reason) = pages.iter().find_map(|page| page.broken.clone()) {
            return Err(ImportError::damaged(Format::Pdf, reason));
        }
        return Err(if images > 0 {
            ImportError::ScannedPdf
        } else {
            ImportError::EmptyPdf
        });
    }
    let laid_out = quietly(|| pdf_extract::Document::load_mem(&clean).ok()).flatten();
    let mut out = String::new();
    for page in &pages {
        if page.usage.text_ops == 0 {
            continue;
        }
        let from_layout = laid_out
            .as_ref()
            .filter(|_| page.usage.work <= MAX_PAGE_WORK)
            .and_then(|laid_out| lay_out_page(laid_out, page.number))
            .map(|text| normalize(&tidy(&text)))
            .filter(|text| !text.is_empty());
        let text = match from_layout {
            Some(text) => text,
            None => normalize(&tidy(&plain_page_text(&document, page.number))),
        };
        if text.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&text);
        // Read on a little past the limit, so that the size reported says how
        // far over it is; stop well before memory could matter.
        if out.len() > 2 * MAX_SOURCE_TEXT_BYTES {
            break;
        }
    }
    if out.len() > MAX_SOURCE_TEXT_BYTES {
        return Err(ImportError::TooLarge {
            what: Measured::Text,
            bytes: out.len() as u64,
            limit: MAX_SOURCE_TEXT_BYTES as u64,
        });
    }
    Ok(out)
}

/// One page and what it holds.
struct Page {
    /// 1-based.
    number: u32,
    usage: Usage,
    /// Why its content could not be read, if it could not.
    broken: Option<String>,
}

/// The first pass: load, check, survey the pages, write the clean copy.
fn prepare(bytes: &[u8]) -> Result<(Document, Vec<Page>, Vec<u8>), ImportError> {
    let mut document = load(bytes)?;
    unpack_streams(&mut document)?;
    let page_ids = document.get_pages();
    if page_ids.is_empty() {
        return Err(ImportError::EmptyPdf);
    }
    let pages = survey(&document, &page_ids)?;
    let clean = clean_copy(&mut document, &page_ids)?;
    Ok((document, pages, clean))
}

fn load(bytes: &[u8]) -> Result<Document, ImportError> {
    let options = LoadOptions {
        max_decompressed_size: Some(MAX_UNPACKED_BYTES as usize),
        ..LoadOptions::default()
    };
    let document =
        Document::load_mem_with_options(bytes, options).map_err(|error| match error {
            lopdf::Error::Decryption(_)
            | lopdf::Error::InvalidPassword
            | lopdf::Error::UnsupportedSecurityHandler(_)
            | lopdf::Error::AlreadyEncrypted => ImportError::Encrypted,
            lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. }) => {
                too_large_stream()
            }
            other => ImportError::damaged(Format::Pdf, other),
        })?;
    // Loaded, but the empty user password did not open it.
    if document.is_encrypted() && document.encryption_state.is_none() {
        return Err(ImportError::Encrypted);
    }
    Ok(document)
}

fn too_large_stream() -> ImportError {
    ImportError::TooLarge {
        what: Measured::Unpacked,
        bytes: MAX_UNPACKED_BYTES + 1,
        limit: MAX_UNPACKED_BYTES,
    }
}

/// Unpacks every stream in place, each within [`MAX_UNPACKED_BYTES`] and all
/// within [`MAX_UNPACKED_TOTAL`], so that nothing after this inflates anything.
/// Images and embedded files are emptied: no text is read from them, and
/// pdf-extract would otherwise parse an image drawn with `Do` as content.
fn unpack_streams(document: &mut Document) -> Result<(), ImportError> {
    let mut total = 0u64;
    for object in document.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        let is = |key: &[u8], value: &[u8]| {
            stream
                .dict
                .get(key)
                .and_then(Object::as_name)
                .is_ok_and(|name| name == value)
        };
        if is(b"Subtype", b"Image") || is(b"Type", b"EmbeddedFile") || is(b"Type", b"Metadata") {
            stream.set_plain_content(Vec::new());
            continue;
        }
        let plain = match stream.filters() {
            Ok(filters) if !filters.is_empty() => {
                match stream.decompressed_content_with_limit(MAX_UNPACKED_BYTES as usize) {
                    Ok(plain) => plain,
                    Err(lopdf::Error::Decompress(
                        lopdf::DecompressError::MemoryLimitExceeded { .. },
                    )) => return Err(too_large_stream()),
                    // Undecodable: nothing can be read from it either way.
                    Err(_) => Vec::new(),
                }
            }
            _ => std::mem::take(&mut stream.content),
        };
        total += plain.len() as u64;
        if total > MAX_UNPACKED_TOTAL {
            return Err(ImportError::TooLarge {
                what: Measured::Unpacked,
                bytes: total,
                limit: MAX_UNPACKED_TOTAL,
            });
        }
        stream.set_plain_content(plain);
    }
    Ok(())
}

/// What each page holds, and how much work it is for pdf-extract.
fn survey(
    document: &Document,
    page_ids: &std::collections::BTreeMap<u32, ObjectId>,
) -> Result<Vec<Page>, ImportError> {
    let mut forms = Forms {
        document,
        memo: HashMap::new(),
        visiting: HashSet::new(),
    };
    let mut pages = Vec::with_capacity(page_ids.len());
    for (&number, &id) in page_ids {
        let content = match document.get_page_content_with_limit(id, MAX_UNPACKED_BYTES as usize) {
            Ok(content) => content,
            Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded {
                ..
            })) => {
                return Err(too_large_stream());
            }
            Err(error) => {
                pages.push(broken_page(number, &error));
                continue;
            }
        };
        let operations = match Content::decode(&content) {
            Ok(decoded) => decoded.operations,
            Err(error) => {
                pages.push(broken_page(number, &error));
                continue;
            }
        };
        let resources = page_resources(document, id);
        let usage = forms.usage(&operations, content.len() as u64, resources, 0);
        pages.push(Page {
            number,
            usage,
            broken: None,
        });
    }
    Ok(pages)
}

fn broken_page(number: u32, error: &lopdf::Error) -> Page {
    Page {
        number,
        usage: Usage::default(),
        broken: Some(format!("page {number}: {error}")),
    }
}

/// The resources a page's content is drawn with: the nearest `/Resources` up
/// the page tree.
fn page_resources(document: &Document, page: ObjectId) -> Option<&Dictionary> {
    let (direct, referenced) = document.get_page_resources(page).ok()?;
    direct.or_else(|| {
        referenced
            .first()
            .and_then(|&id| document.get_dictionary(id).ok())
    })
}

/// What some content draws: text operators, images, and the bytes of content
/// it makes a reader go through (forms counted each time they are drawn).
#[derive(Clone, Copy, Debug, Default)]
struct Usage {
    text_ops: usize,
    images: usize,
    work: u64,
}

/// Form XObjects and what drawing each costs, found once.
struct Forms<'a> {
    document: &'a Document,
    /// By form and the resources it was drawn with (a form without its own
    /// resources uses its caller's), keyed by the resources' address.
    memo: HashMap<(ObjectId, usize), Usage>,
    visiting: HashSet<(ObjectId, usize)>,
}

impl<'a> Forms<'a> {
    fn usage(
        &mut self,
        operations: &[Operation],
        own_bytes: u64,
        resources: Option<&'a Dictionary>,
        depth: usize,
    ) -> Usage {
        let mut usage = Usage {
            work: own_bytes,
            ..Usage::default()
        };
        for operation in operations {
            match operation.operator.as_str() {
                "Tj" | "TJ" | "'" | "\"" => usage.text_ops += 1,
                "BI" => usage.images += 1,
                "Do" => {
                    let drawn = operation
                        .operands
                        .first()
                        .and_then(|name| name.as_name().ok())
                        .map_or(Usage::default(), |name| self.drawn(name, resources, depth));
                    usage.text_ops += drawn.text_ops;
                    usage.images += drawn.images;
                    usage.work = usage.work.saturating_add(drawn.work);
                }
                _ => {}
            }
        }
        usage
    }

    /// What drawing the XObject `name` of `resources` costs.
    fn drawn(&mut self, name: &[u8], resources: Option<&'a Dictionary>, depth: usize) -> Usage {
        let document = self.document;
        let target = resources
            .and_then(|r| r.get_deref(b"XObject", document).ok())
            .and_then(|x| x.as_dict().ok())
            .and_then(|x| x.get(name).ok())
            .and_then(|o| o.as_reference().ok());
        let Some(id) = target else {
            return Usage::default();
        };
        let Ok(stream) = document.get_object(id).and_then(Object::as_stream) else {
            return Usage::default();
        };
        let subtype = stream.dict.get(b"Subtype").and_then(Object::as_name).ok();
        if subtype == Some(b"Image".as_slice()) {
            return Usage {
                images: 1,
                ..Usage::default()
            };
        }
        let own = stream
            .dict
            .get_deref(b"Resources", document)
            .and_then(Object::as_dict)
            .ok();
        let used = own.or(resources);
        let key = (id, used.map_or(0, |r| std::ptr::from_ref(r) as usize));
        if let Some(known) = self.memo.get(&key) {
            return *known;
        }
        if depth >= MAX_FORM_DEPTH || !self.visiting.insert(key) {
            // A cycle, or too deep: pdf-extract must not follow it.
            return Usage {
                work: UNBOUNDED,
                ..Usage::default()
            };
        }
        let usage = match Content::decode(&stream.content) {
            Ok(content) => self.usage(
                &content.operations,
                stream.content.len() as u64,
                used,
                depth + 1,
            ),
            Err(_) => Usage::default(),
        };
        self.visiting.remove(&key);
        self.memo.insert(key, usage);
        usage
    }
}

/// Writes the copy pdf-extract reads: unencrypted, with a flat page tree whose
/// pages carry their resources and media box themselves (so that nothing is
/// looked up through `/Parent`, which may loop).
fn clean_copy(
    document: &mut Document,
    page_ids: &std::collections::BTreeMap<u32, ObjectId>,
) -> Result<Vec<u8>, ImportError> {
    let damaged = |error: lopdf::Error| ImportError::damaged(Format::Pdf, error);
    let mut settled = Vec::with_capacity(page_ids.len());
    for &id in page_ids.values() {
        let resources = page_resources(document, id).cloned().unwrap_or_default();
        let media_box = inherited_media_box(document, id);
        settled.push((id, resources, media_box));
    }
    let tree = document.try_new_object_id().map_err(damaged)?;
    for (id, resources, media_box) in &settled {
        if let Ok(page) = document.get_dictionary_mut(*id) {
            page.set("Resources", Object::Dictionary(resources.clone()));
            page.set("MediaBox", media_box.clone());
            page.set("Parent", Object::Reference(tree));
        }
    }
    let kids: Vec<Object> = page_ids.values().map(|&id| Object::Reference(id)).collect();
    let mut pages = Dictionary::new();
    pages.set("Type", Object::Name(b"Pages".to_vec()));
    pages.set("Count", Object::Integer(kids.len() as i64));
    pages.set("Kids", Object::Array(kids));
    document.objects.insert(tree, Object::Dictionary(pages));
    let mut catalog = Dictionary::new();
    catalog.set("Type", Object::Name(b"Catalog".to_vec()));
    catalog.set("Pages", Object::Reference(tree));
    let root = document
        .try_add_object(Object::Dictionary(catalog))
        .map_err(damaged)?;
    document.trailer = Dictionary::new();
    document.trailer.set("Root", Object::Reference(root));
    document.encryption_state = None;
    let mut clean = Vec::new();
    document
        .save_to(&mut clean)
        .map_err(|error| ImportError::damaged(Format::Pdf, error))?;
    Ok(clean)
}

/// The nearest `/MediaBox` up the page tree (at most a few levels), or A4.
fn inherited_media_box(document: &Document, page: ObjectId) -> Object {
    let mut node = document.get_dictionary(page).ok();
    for _ in 0..32 {
        let Some(dict) = node else { break };
        if let Ok(Object::Array(values)) = dict.get_deref(b"MediaBox", document)
            && values.len() == 4
            && values.iter().all(|v| v.as_float().is_ok())
        {
            return Object::Array(values.clone());
        }
        node = dict
            .get(b"Parent")
            .and_then(Object::as_reference)
            .and_then(|id| document.get_dictionary(id))
            .ok();
    }
    Object::Array(vec![
        Object::Integer(0),
        Object::Integer(0),
        Object::Integer(595),
        Object::Integer(842),
    ])
}

/// One page laid out by pdf-extract, or `None` when it fails on it.
fn lay_out_page(document: &pdf_extract::Document, number: u32) -> Option<String> {
    quietly(|| {
        let mut text = String::new();
        let mut output = pdf_extract::PlainTextOutput::new(&mut text);
        pdf_extract::output_doc_page(document, &mut output, number).ok()?;
        Some(text)
    })
    .flatten()
}

/// lopdf's text of one page: each run of text as it comes, runs it cannot
/// decode left out.
fn plain_page_text(document: &Document, number: u32) -> String {
    quietly(|| {
        document
            .extract_text_chunks_with_limit(&[number], MAX_UNPACKED_BYTES as usize)
            .into_iter()
            .filter_map(Result::ok)
            .collect::<String>()
    })
    .unwrap_or_default()
}

/// Tidies a page's text: glyphs from the Private Use Area (bullets of symbol
/// fonts) dropped, lines trimmed, at most one blank line in a row, and a
/// wrapped line of one paragraph joined to the next: one that ended in a
/// space, or one that ran (nearly) to the page's longest line without ending a
/// sentence while the next goes on in lower case ("... plastik pada" /
/// "tahun 2024."), which is how a line the layout wrapped looks.
fn tidy(text: &str) -> String {
    let lines: Vec<(String, bool)> = text
        .lines()
        .map(|line| {
            let ends_soft = line.ends_with(' ') && !line.trim().is_empty();
            let kept: String = line
                .chars()
                .filter(|c| !('\u{E000}'..='\u{F8FF}').contains(c))
                .collect();
            (kept.trim().to_owned(), ends_soft)
        })
        .collect();
    let longest = lines
        .iter()
        .map(|(line, _)| line.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    let mut previous: Option<(&str, bool)> = None;
    for (line, ends_soft) in &lines {
        if line.is_empty() {
            blank = true;
            continue;
        }
        if let Some((before, soft)) = previous {
            out.push_str(if blank {
                "\n\n"
            } else if soft || wrapped(before, line, longest) {
                " "
            } else {
                "\n"
            });
        }
        blank = false;
        previous = Some((line, *ends_soft));
        out.push_str(line);
    }
    out
}

/// True when `line` looks wrapped by the layout onto `next`: it reaches at
/// least nine tenths of the page's `longest` line, does not end a sentence or
/// a clause, and `next` carries on in lower case or with a number.
fn wrapped(line: &str, next: &str, longest: usize) -> bool {
    let long = line.chars().count() * 10 >= longest * 9 && longest >= 40;
    let open = !line.ends_with(['.', '?', '!', ':', ';', '"', '\u{201d}', ')']);
    let goes_on = next
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    long && open && goes_on
}

#[cfg(test)]
mod tests {
    use super::tidy;

    #[test]
    fn a_line_the_layout_wrapped_is_joined_and_short_lines_stay_lines() {
        let page = "Tanggal: 14 Maret 2026\n\
                    Informan: DLH memberi pelatihan pemilahan sampah dan mesin pencacah plastik pada\n\
                    tahun 2024.\n\
                    Peneliti: Apa kendalanya?\n\
                    Informan: Pengepul swasta kadang terlambat membayar, jadi kepercayaan nasabah\n\
                    Turun.\n";
        assert_eq!(
            tidy(page),
            "Tanggal: 14 Maret 2026\n\
             Informan: DLH memberi pelatihan pemilahan sampah dan mesin pencacah plastik pada tahun 2024.\n\
             Peneliti: Apa kendalanya?\n\
             Informan: Pengepul swasta kadang terlambat membayar, jadi kepercayaan nasabah\n\
             Turun."
        );
    }
}
