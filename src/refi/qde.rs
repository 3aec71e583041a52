//! The parts of a REFI-QDA project (`project.qde`, QDA-XML 1.0) that Sinergi
//! reads, and reading them. Elements are matched by their local name, so a
//! file without the namespace (some tools forget it) reads too; what the
//! schema requires and Sinergi uses (GUIDs, names, positions) is checked, with
//! the line and column of the element at fault.

use super::error::RefiError;
use super::guid::{guid_key, is_guid};
use roxmltree::{Document, Node, ParsingOptions};

/// A project as read from its XML.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Qde {
    /// The project's name.
    pub name: String,
    /// The tool that wrote it.
    pub origin: String,
    /// `basePath`, which `relative://` paths start from.
    pub base_path: String,
    /// The users (coders), by GUID key.
    pub users: Vec<User>,
    /// Every code, parents before their children.
    pub codes: Vec<Code>,
    /// The cases.
    pub cases: Vec<Case>,
    /// The text sources.
    pub sources: Vec<TextSource>,
    /// The notes (memos), by GUID key.
    pub notes: Vec<Note>,
    /// What Sinergi does not import, named for the summary.
    pub unsupported: Vec<Unsupported>,
}

/// A user (coder).
#[derive(Clone, Debug, PartialEq)]
pub struct User {
    /// GUID key (see [`guid_key`]).
    pub guid: String,
    /// The user's name.
    pub name: String,
}

/// A code of the codebook.
#[derive(Clone, Debug, PartialEq)]
pub struct Code {
    /// GUID key.
    pub guid: String,
    /// The code's own name.
    pub name: String,
    /// The names of the codes it is nested in, outermost first.
    pub parents: Vec<String>,
    /// Its description.
    pub description: String,
    /// False for a code that only groups others.
    pub codable: bool,
}

impl Code {
    /// The code's name with its parents': `Aktor / Pemerintah`.
    pub fn path(&self) -> String {
        self.parents
            .iter()
            .chain([&self.name])
            .cloned()
            .collect::<Vec<_>>()
            .join(" / ")
    }
}

/// A case (a unit of analysis: a person, an organisation).
#[derive(Clone, Debug, PartialEq)]
pub struct Case {
    /// GUID key.
    pub guid: String,
    /// The case's name.
    pub name: String,
    /// Its description.
    pub description: String,
    /// Its variables as "name: value".
    pub variables: Vec<String>,
    /// The sources it covers (GUID keys).
    pub sources: Vec<String>,
    /// The selections it covers (GUID keys).
    pub selections: Vec<String>,
}

/// Where a text is.
#[derive(Clone, Debug, PartialEq)]
pub enum Content {
    /// In the XML (`PlainTextContent`).
    Inline(String),
    /// In a file (`plainTextPath`): `internal://NAME`, `relative://PATH` or a path.
    Path(String),
}

/// A text source and its coded passages.
#[derive(Clone, Debug, PartialEq)]
pub struct TextSource {
    /// GUID key.
    pub guid: String,
    /// The source's name.
    pub name: String,
    /// Its description.
    pub description: String,
    /// Its text, or where it is.
    pub content: Content,
    /// Its coded passages.
    pub selections: Vec<Selection>,
    /// Codes applied to the whole source.
    pub whole_codes: Vec<String>,
    /// Notes attached to the source (GUID keys).
    pub notes: Vec<String>,
}

/// A passage of a text source (`PlainTextSelection`).
#[derive(Clone, Debug, PartialEq)]
pub struct Selection {
    /// GUID key.
    pub guid: String,
    /// Its name; many tools write the selected words here.
    pub name: String,
    /// The first position.
    pub start: usize,
    /// The position after the passage.
    pub end: usize,
    /// Its description (a memo on the passage).
    pub description: String,
    /// The codes applied to it (GUID keys).
    pub codes: Vec<String>,
    /// Notes attached to it (GUID keys).
    pub notes: Vec<String>,
    /// The user who made it (GUID key), when given.
    pub creating_user: Option<String>,
}

/// A note (memo).
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    /// GUID key.
    pub guid: String,
    /// Its name.
    pub name: String,
    /// Its text (inline only; a note kept in a file is read as its name).
    pub text: String,
}

/// Something in the project Sinergi does not import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unsupported {
    /// The element: `PictureSource`, `PDFSource`, `Graph`, ...
    pub element: String,
    /// Its name, or its GUID when it has none.
    pub name: String,
}

/// The most XML nodes read from one project: far above any thesis, far below
/// what would exhaust memory.
const MAX_NODES: u32 = 20_000_000;

/// Reads `xml`, the contents of the part called `file`.
pub fn parse_qde(xml: &str, file: &str) -> Result<Qde, RefiError> {
    let xml = xml.strip_prefix('\u{feff}').unwrap_or(xml);
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_NODES,
    };
    let doc = Document::parse_with_options(xml, options).map_err(|error| {
        let pos = error.pos();
        RefiError::xml(file, (pos.row, pos.col), error.to_string())
    })?;
    let reader = Reader { doc: &doc, file };
    let root = doc.root_element();
    if root.tag_name().name() != "Project" {
        return Err(reader.error(
            root,
            format!("expected <Project>, found <{}>", root.tag_name().name()),
        ));
    }
    let mut qde = Qde {
        name: root.attribute("name").unwrap_or_default().to_owned(),
        origin: root.attribute("origin").unwrap_or_default().to_owned(),
        base_path: root.attribute("basePath").unwrap_or_default().to_owned(),
        ..Qde::default()
    };
    for part in root.children().filter(Node::is_element) {
        match part.tag_name().name() {
            "Users" => {
                for user in elements(part, "User") {
                    qde.users.push(User {
                        guid: reader.guid(user)?,
                        name: user.attribute("name").unwrap_or_default().to_owned(),
                    });
                }
            }
            "CodeBook" => {
                for codes in elements(part, "Codes") {
                    reader.codes(codes, &[], &mut qde.codes)?;
                }
            }
            "Cases" => {
                let variables = variable_names(root);
                for case in elements(part, "Case") {
                    qde.cases.push(reader.case(case, &variables)?);
                }
            }
            "Sources" => reader.sources(part, &mut qde)?,
            "Notes" => {
                for note in elements(part, "Note") {
                    qde.notes.push(Note {
                        guid: reader.guid(note)?,
                        name: note.attribute("name").unwrap_or_default().to_owned(),
                        text: child_text(note, "PlainTextContent"),
                    });
                }
            }
            "Graphs" | "Links" | "Sets" => {
                for item in part.children().filter(Node::is_element) {
                    qde.unsupported.push(unsupported(item));
                }
            }
            _ => {}
        }
    }
    Ok(qde)
}

/// The direct children of `node` called `name`.
fn elements<'a, 'input: 'a>(
    node: Node<'a, 'input>,
    name: &'static str,
) -> impl Iterator<Item = Node<'a, 'input>> {
    node.children()
        .filter(move |child| child.is_element() && child.tag_name().name() == name)
}

/// The text of the first child called `name`, or empty.
fn child_text(node: Node<'_, '_>, name: &'static str) -> String {
    elements(node, name)
        .next()
        .map(|child| child.text().unwrap_or_default().to_owned())
        .unwrap_or_default()
}

/// The `targetGUID`s of the children called `name`, as GUID keys.
fn targets(node: Node<'_, '_>, name: &'static str) -> Vec<String> {
    elements(node, name)
        .filter_map(|child| child.attribute("targetGUID"))
        .map(guid_key)
        .collect()
}

/// Every variable's name, by GUID key.
fn variable_names(root: Node<'_, '_>) -> Vec<(String, String)> {
    elements(root, "Variables")
        .flat_map(|variables| elements(variables, "Variable"))
        .filter_map(|variable| {
            Some((
                guid_key(variable.attribute("guid")?),
                variable.attribute("name").unwrap_or_default().to_owned(),
            ))
        })
        .collect()
}

fn unsupported(node: Node<'_, '_>) -> Unsupported {
    let name = node
        .attribute("name")
        .filter(|name| !name.trim().is_empty())
        .or_else(|| node.attribute("guid"))
        .unwrap_or_default();
    Unsupported {
        element: node.tag_name().name().to_owned(),
        name: name.to_owned(),
    }
}

/// Reads elements, reporting errors at their place in the file.
struct Reader<'d, 'input> {
    doc: &'d Document<'input>,
    file: &'d str,
}

impl Reader<'_, '_> {
    fn error(&self, node: Node<'_, '_>, reason: impl Into<String>) -> RefiError {
        let pos = self.doc.text_pos_at(node.range().start);
        RefiError::xml(self.file, (pos.row, pos.col), reason)
    }

    /// The required attribute `name` of `node`.
    fn required<'n>(&self, node: Node<'n, '_>, name: &str) -> Result<&'n str, RefiError> {
        node.attribute(name).ok_or_else(|| {
            self.error(
                node,
                format!(
                    "<{}> has no {name} attribute, which the schema requires",
                    node.tag_name().name()
                ),
            )
        })
    }

    /// The element's `guid`, checked and as a GUID key.
    fn guid(&self, node: Node<'_, '_>) -> Result<String, RefiError> {
        let guid = self.required(node, "guid")?;
        if !is_guid(guid.trim()) {
            return Err(self.error(
                node,
                format!("guid \"{guid}\" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)"),
            ));
        }
        Ok(guid_key(guid))
    }

    /// A position attribute: a whole number from 0.
    fn position(&self, node: Node<'_, '_>, name: &str) -> Result<usize, RefiError> {
        let value = self.required(node, name)?;
        value.trim().parse().map_err(|_| {
            self.error(
                node,
                format!("{name}=\"{value}\" is not a position (a whole number from 0)"),
            )
        })
    }

    fn codes(
        &self,
        parent: Node<'_, '_>,
        parents: &[String],
        out: &mut Vec<super::qde::Code>,
    ) -> Result<(), RefiError> {
        for code in elements(parent, "Code") {
            let name = self.required(code, "name")?.to_owned();
            let codable = code
                .attribute("isCodable")
                .is_none_or(|v| v.trim() != "false");
            out.push(Code {
                guid: self.guid(code)?,
                name: name.clone(),
                parents: parents.to_vec(),
                description: child_text(code, "Description"),
                codable,
            });
            let mut inner = parents.to_vec();
            inner.push(name);
            self.codes(code, &inner, out)?;
        }
        Ok(())
    }

    fn case(&self, case: Node<'_, '_>, variables: &[(String, String)]) -> Result<Case, RefiError> {
        let values = elements(case, "VariableValue")
            .filter_map(|value| {
                let target = guid_key(
                    elements(value, "VariableRef")
                        .next()?
                        .attribute("targetGUID")?,
                );
                let name = variables
                    .iter()
                    .find(|(guid, _)| *guid == target)
                    .map(|(_, name)| name.clone())?;
                let text = value
                    .children()
                    .filter(Node::is_element)
                    .find(|child| child.tag_name().name().ends_with("Value"))
                    .and_then(|child| child.text())
                    .unwrap_or_default()
                    .trim()
                    .to_owned();
                (!text.is_empty()).then(|| format!("{name}: {text}"))
            })
            .collect();
        Ok(Case {
            guid: self.guid(case)?,
            name: case.attribute("name").unwrap_or_default().to_owned(),
            description: child_text(case, "Description"),
            variables: values,
            sources: targets(case, "SourceRef"),
            selections: targets(case, "SelectionRef"),
        })
    }

    fn sources(&self, sources: Node<'_, '_>, qde: &mut Qde) -> Result<(), RefiError> {
        for source in sources.children().filter(Node::is_element) {
            if source.tag_name().name() != "TextSource" {
                qde.unsupported.push(unsupported(source));
                continue;
            }
            let guid = self.guid(source)?;
            let content = match (
                elements(source, "PlainTextContent").next(),
                source.attribute("plainTextPath"),
            ) {
                (Some(inline), _) => Content::Inline(inline.text().unwrap_or_default().to_owned()),
                (None, Some(path)) if !path.trim().is_empty() => Content::Path(path.to_owned()),
                _ => {
                    return Err(self.error(
                        source,
                        "<TextSource> has neither PlainTextContent nor plainTextPath; one is required",
                    ));
                }
            };
            let mut selections = Vec::new();
            for selection in source.children().filter(Node::is_element) {
                match selection.tag_name().name() {
                    "PlainTextSelection" => selections.push(self.selection(selection)?),
                    "Description" | "PlainTextContent" | "Coding" | "NoteRef" | "VariableValue" => {
                    }
                    _ => qde.unsupported.push(unsupported(selection)),
                }
            }
            qde.sources.push(TextSource {
                guid,
                name: source.attribute("name").unwrap_or_default().to_owned(),
                description: child_text(source, "Description"),
                content,
                selections,
                whole_codes: elements(source, "Coding")
                    .flat_map(|coding| targets(coding, "CodeRef"))
                    .collect(),
                notes: targets(source, "NoteRef"),
            });
        }
        Ok(())
    }

    fn selection(&self, selection: Node<'_, '_>) -> Result<Selection, RefiError> {
        Ok(Selection {
            guid: self.guid(selection)?,
            name: selection.attribute("name").unwrap_or_default().to_owned(),
            start: self.position(selection, "startPosition")?,
            end: self.position(selection, "endPosition")?,
            description: child_text(selection, "Description"),
            codes: elements(selection, "Coding")
                .flat_map(|coding| targets(coding, "CodeRef"))
                .collect(),
            notes: targets(selection, "NoteRef"),
            creating_user: selection.attribute("creatingUser").map(guid_key),
        })
    }
}
