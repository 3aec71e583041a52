//! Synthetic projects for benchmarks and tests: a realistic, valid study of any
//! size (DeSeve framework, Indonesian-looking field notes of realistic lengths),
//! the same project for the same [`Params`] every time. Not used by the app
//! itself; `examples/synth.rs` writes one to a file and `benches/` time it.

use crate::model::{
    Activity, ActivityId, Actor, ActorId, Anchor, Assessment, AssessmentId, CollaborationLevel,
    Color, EvidenceId, EvidenceNote, Finding, FindingId, Framework, IndicatorId, IndicatorScore,
    Lang, LevelView, NetworkForm, PairLevel, Project, Relation, RelationId, RelationKind, Role,
    RoleId, RoleKind, Sector, Source, SourceId, SourceKind, Stance,
};

/// The size and seed of a synthetic project.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Params {
    /// Evidence notes.
    pub evidence: usize,
    /// Actors.
    pub actors: usize,
    /// Activities.
    pub activities: usize,
    /// Assessments (chart series).
    pub assessments: usize,
    /// The seed: the same seed and sizes always give the same project.
    pub seed: u64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            evidence: 200,
            actors: 12,
            activities: 6,
            assessments: 3,
            seed: 1,
        }
    }
}

impl Params {
    /// The default sizes with `evidence` notes.
    pub fn with_evidence(evidence: usize) -> Self {
        Params {
            evidence,
            ..Params::default()
        }
    }
}

/// A small, fast, deterministic generator (SplitMix64). Not for cryptography.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator started from `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        // Multiply-shift: unbiased enough for test data, and no division.
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high.saturating_sub(low) + 1)
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Between `low` and `high` (as drawn) distinct positions in `0..n`.
    pub fn distinct_upto(&mut self, low: usize, high: usize, n: usize) -> Vec<usize> {
        let count = self.between(low, high);
        self.distinct(count, n)
    }

    /// Up to `count` distinct positions in `0..n`, in the order drawn.
    pub fn distinct(&mut self, count: usize, n: usize) -> Vec<usize> {
        let count = count.min(n);
        let mut chosen = Vec::with_capacity(count);
        while chosen.len() < count {
            let candidate = self.below(n);
            if !chosen.contains(&candidate) {
                chosen.push(candidate);
            }
        }
        chosen
    }
}

const WORDS: &[&str] = &[
    "pengrajin",
    "perak",
    "kerajinan",
    "pelatihan",
    "desain",
    "pameran",
    "dinas",
    "koordinasi",
    "anggaran",
    "kegiatan",
    "kelompok",
    "koperasi",
    "pemasaran",
    "produk",
    "pembeli",
    "modal",
    "bahan",
    "baku",
    "harga",
    "pasar",
    "wisatawan",
    "sentra",
    "usaha",
    "kecil",
    "menengah",
    "industri",
    "program",
    "peserta",
    "undangan",
    "rapat",
    "kesepakatan",
    "aturan",
    "petunjuk",
    "teknis",
    "kewenangan",
    "tanggung",
    "jawab",
    "informasi",
    "grup",
    "pesan",
    "surat",
    "jadwal",
    "tahun",
    "bulan",
    "minggu",
    "setiap",
    "biasanya",
    "kadang",
    "sering",
    "jarang",
    "belum",
    "sudah",
    "masih",
    "akan",
    "bisa",
    "harus",
    "perlu",
    "ingin",
    "mau",
    "tidak",
    "kurang",
    "lebih",
    "cukup",
    "sangat",
    "bersama",
    "sendiri",
    "antar",
    "aktor",
    "pihak",
    "pemerintah",
    "kampus",
    "mahasiswa",
    "dosen",
    "praktisi",
    "pengusaha",
    "asosiasi",
    "komunitas",
    "warga",
    "kampung",
    "bengkel",
    "galeri",
    "toko",
    "daring",
    "e-commerce",
    "foto",
    "katalog",
    "merek",
    "sertifikat",
    "standar",
    "mutu",
    "ekspor",
    "pesanan",
    "motif",
    "filigri",
    "ukir",
    "tradisional",
    "modern",
    "generasi",
    "muda",
    "penerus",
    "regenerasi",
    "keterampilan",
    "dana",
    "hibah",
    "bantuan",
    "alat",
    "mesin",
    "ruang",
    "tempat",
    "sarana",
    "prasarana",
    "dukungan",
    "hubungan",
    "percaya",
    "saling",
    "terbuka",
    "jujur",
    "janji",
    "komitmen",
    "tujuan",
    "visi",
    "misi",
    "hasil",
    "manfaat",
    "dampak",
    "kendala",
    "masalah",
    "solusi",
    "usulan",
    "evaluasi",
    "laporan",
    "data",
    "catatan",
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "untuk",
    "dengan",
    "pada",
    "dalam",
    "oleh",
    "karena",
    "agar",
    "tetapi",
    "namun",
    "juga",
    "hanya",
    "itu",
    "ini",
    "mereka",
    "kami",
    "kita",
    "saya",
    "beliau",
];

const OPENERS: &[&str] = &[
    "Menurut informan",
    "Pada saat observasi",
    "Dalam dokumen tersebut",
    "Informan menjelaskan bahwa",
    "Kami melihat bahwa",
    "Ketua kelompok mengatakan",
    "Pihak dinas menyampaikan",
    "Dari catatan lapangan",
    "Sejak tahun lalu",
    "Sebenarnya",
];

const TAGS: &[&str] = &[
    "regenerasi",
    "pemasaran",
    "anggaran",
    "koordinasi",
    "juknis",
    "pelatihan",
    "pameran",
    "e-commerce",
    "kepercayaan",
    "informasi",
    "bahan-baku",
    "harga",
    "wadah",
    "konflik",
    "evaluasi",
    "modal",
    "kampus",
    "mou",
];

const PLACES: &[&str] = &[
    "Kotagede",
    "Yogyakarta",
    "Bantul",
    "Sleman",
    "Kulon Progo",
    "Gunungkidul",
    "Klaten",
    "Magelang",
    "Purworejo",
    "Wonosari",
];

const INFORMANTS: &[&str] = &[
    "Kepala Seksi IKM",
    "Kepala Bidang Perindustrian",
    "Ketua kelompok pengrajin",
    "Pengrajin senior",
    "Pengrajin muda",
    "Pemilik galeri",
    "Dosen pendamping",
    "Ketua LPM",
    "Sekretaris koperasi",
    "Staf pemasaran",
    "Tokoh masyarakat",
    "Ketua asosiasi",
];

const ACTOR_KINDS: &[(&str, &str, Sector)] = &[
    (
        "Dinas Perindustrian dan Perdagangan",
        "Disperindag",
        Sector::Government,
    ),
    ("Dinas Koperasi dan UKM", "Dinkop", Sector::Government),
    (
        "Badan Perencanaan Pembangunan Daerah",
        "Bappeda",
        Sector::Government,
    ),
    (
        "Lembaga Pengabdian kepada Masyarakat Universitas",
        "LPM",
        Sector::Academia,
    ),
    ("Pusat Studi Kewirausahaan", "PSK", Sector::Academia),
    ("Koperasi Produsen Perak", "KP3", Sector::Cooperative),
    ("Asosiasi Pengusaha Kerajinan", "APK", Sector::Private),
    ("Praktisi pengusaha perak", "Praktisi", Sector::Private),
    ("Kelompok pengrajin perak", "Pengrajin", Sector::Community),
    ("Forum Warga Kampung", "Forum", Sector::Community),
    ("Yayasan Pelestari Budaya", "Yayasan", Sector::CivilSociety),
    ("Radio Komunitas", "Radio", Sector::Media),
];

const ACTIVITY_KINDS: &[&str] = &[
    "Pelatihan pengembangan desain",
    "Pelatihan e-commerce",
    "Pameran kerajinan",
    "Rapat koordinasi triwulan",
    "Pendampingan sertifikasi mutu",
    "Kunjungan studi banding",
    "Festival budaya kampung",
    "Temu bisnis dengan pembeli",
];

const ASSESSMENT_LABELS: &[&str] = &[
    "Peneliti",
    "Target",
    "Pandangan dinas",
    "Pandangan pengrajin",
    "Pandangan kampus",
];

/// One of `list`.
fn word(rng: &mut Rng, list: &[&'static str]) -> &'static str {
    list[rng.below(list.len())]
}

/// A sentence of `words` words, capitalised and ended with a full stop.
fn sentence(rng: &mut Rng, out: &mut String, words: usize) {
    let start = out.len();
    if rng.chance(30) {
        out.push_str(word(rng, OPENERS));
    } else {
        out.push_str(word(rng, WORDS));
    }
    for _ in 1..words {
        out.push(' ');
        out.push_str(word(rng, WORDS));
        if rng.chance(6) {
            out.push(',');
        }
    }
    if out.ends_with(',') {
        out.pop();
    }
    out.push(if rng.chance(8) { '?' } else { '.' });
    // Capitalise the first letter (the words are ASCII).
    out[start..=start].make_ascii_uppercase();
}

/// Prose of `min..=max` characters: whole sentences, the last one cut short if need be.
fn prose(rng: &mut Rng, min: usize, max: usize) -> String {
    let target = rng.between(min, max);
    let mut text = String::with_capacity(target + 120);
    while text.len() < target {
        if !text.is_empty() {
            text.push(' ');
        }
        let words = rng.between(6, 18);
        sentence(rng, &mut text, words);
    }
    if text.len() > max {
        text.truncate(max - 1);
        let cut = text.trim_end_matches([' ', ',', '.', '?']).len();
        text.truncate(cut);
        text.push('.');
    }
    text
}

/// A short title of `words` words.
fn title(rng: &mut Rng, words: usize) -> String {
    let mut text = String::new();
    sentence(rng, &mut text, words);
    text.pop();
    text
}

fn date(rng: &mut Rng) -> String {
    match rng.below(10) {
        0 => rng.between(2018, 2021).to_string(),
        1 => format!("{}-{:02}", rng.between(2018, 2021), rng.between(1, 12)),
        _ => format!(
            "{}-{:02}-{:02}",
            rng.between(2018, 2021),
            rng.between(1, 12),
            rng.between(1, 28)
        ),
    }
}

/// The synthetic project for `params`.
pub fn project(params: &Params) -> Project {
    let mut rng = Rng::new(params.seed ^ 0x5157_4E45_5247_4931);
    let mut project = Project::new(Framework::deseve());
    // The parts are made in a fixed order: each draws from the same generator.
    let place = *rng.pick(PLACES);
    study(&mut project, &mut rng, params, place);
    project.actors = actors(&mut rng, params, place);
    project.activities = activities(&mut rng, params);
    project.roles = roles(&mut rng, &project);
    project.sources = sources(&mut rng, &project, params);
    let (notes, per_indicator) = evidence(&mut rng, &project, params);
    project.evidence = notes;
    project.assessments = assessments(&mut rng, &project, params, &per_indicator);
    findings(&mut rng, &mut project, params, &per_indicator);
    project
}

fn indicator_ids(project: &Project) -> Vec<IndicatorId> {
    project
        .framework
        .indicators
        .iter()
        .map(|i| i.id.clone())
        .collect()
}

/// The study's metadata and network form.
fn study(project: &mut Project, rng: &mut Rng, params: &Params, place: &str) {
    project.study.title = format!(
        "Collaborative Governance dalam Pengembangan Industri Kecil Menengah Kerajinan di {place} (data sintetis, {} catatan)",
        params.evidence
    );
    project.study.case = prose(rng, 150, 300);
    project.study.location = format!("Kecamatan {place}, Daerah Istimewa Yogyakarta");
    project.study.researchers = vec!["Peneliti Satu".into(), "Peneliti Dua".into()];
    project.study.institution = "Program Studi Administrasi Publik, Universitas Contoh".into();
    project.study.period = "2018–2021".into();
    project.study.method_notes = prose(rng, 800, 1500);
    project.study.language = Lang::Id;
    project.network.form = Some(*rng.pick(&NetworkForm::ALL));
    project.network.notes = prose(rng, 100, 400);
}

fn actors(rng: &mut Rng, params: &Params, place: &str) -> Vec<Actor> {
    (0..params.actors)
        .map(|i| {
            let (name, short, sector) = ACTOR_KINDS[i % ACTOR_KINDS.len()];
            let round = i / ACTOR_KINDS.len();
            let (name, short) = if round == 0 {
                (format!("{name} {place}"), short.to_owned())
            } else {
                let other = PLACES[(round + 3) % PLACES.len()];
                (
                    format!("{name} {other} {}", round + 1),
                    format!("{short} {}", round + 1),
                )
            };
            Actor {
                id: ActorId::new(format!("actor-{}", i + 1)),
                name,
                short_name: short,
                sector,
                description: prose(rng, 80, 300),
                color: Color::from_palette(i),
            }
        })
        .collect()
}

fn activities(rng: &mut Rng, params: &Params) -> Vec<Activity> {
    (0..params.activities)
        .map(|i| {
            let base = ACTIVITY_KINDS[i % ACTIVITY_KINDS.len()];
            let round = i / ACTIVITY_KINDS.len();
            Activity {
                id: ActivityId::new(format!("activity-{}", i + 1)),
                name: if round == 0 {
                    base.to_owned()
                } else {
                    format!("{base} {}", round + 1)
                },
                schedule: [
                    "setahun sekali",
                    "setiap triwulan",
                    "setiap bulan",
                    "tidak tentu",
                ][rng.below(4)]
                .to_owned(),
                place: format!("Balai {}", rng.pick(PLACES)),
                description: prose(rng, 100, 400),
            }
        })
        .collect()
}

/// Most actors play a role in most activities: one role per actor x activity pair.
fn roles(rng: &mut Rng, project: &Project) -> Vec<Role> {
    let mut roles: Vec<Role> = Vec::new();
    for actor in &project.actors {
        for activity in &project.activities {
            if rng.chance(75) {
                roles.push(Role {
                    id: RoleId::new(format!("role-{}", roles.len() + 1)),
                    actor: actor.id.clone(),
                    activity: activity.id.clone(),
                    kind: *rng.pick(&RoleKind::ALL),
                    responsibilities: prose(rng, 40, 200),
                    authority: if rng.chance(60) {
                        prose(rng, 30, 150)
                    } else {
                        String::new()
                    },
                });
            }
        }
    }

    roles
}

/// About one source per eight notes, of all three kinds.
fn sources(rng: &mut Rng, project: &Project, params: &Params) -> Vec<Source> {
    let source_count = if params.evidence == 0 {
        3
    } else {
        params.evidence.div_ceil(8).max(3)
    };
    (0..source_count)
        .map(|i| {
            let kind = match (i % 3, rng.below(4)) {
                (0, _) | (_, 0) => SourceKind::Interview,
                (1, _) => SourceKind::Observation,
                _ => SourceKind::Document,
            };
            let actor = (!project.actors.is_empty() && kind != SourceKind::Observation)
                .then(|| project.actors[rng.below(project.actors.len())].id.clone());
            let actor_name = actor
                .as_ref()
                .and_then(|id| project.actor(id))
                .map_or("peneliti", |a| a.display_name())
                .to_owned();
            let activity_name = if project.activities.is_empty() {
                "kegiatan kelompok".to_owned()
            } else {
                project.activities[rng.below(project.activities.len())]
                    .name
                    .to_lowercase()
            };
            let (title, informant, reference) = match kind {
                SourceKind::Interview | SourceKind::FocusGroup | SourceKind::Questionnaire => {
                    let informant = *rng.pick(INFORMANTS);
                    (
                        format!("Wawancara {} {actor_name}", informant.to_lowercase()),
                        informant.to_owned(),
                        format!("Rekaman W{:04}.m4a", i + 1),
                    )
                }
                SourceKind::Observation => (
                    format!("Observasi {activity_name}"),
                    "Peneliti".to_owned(),
                    format!("Catatan lapangan hlm. {}", rng.between(1, 240)),
                ),
                SourceKind::Document | SourceKind::SecondaryData => (
                    format!(
                        "{} {actor_name}",
                        [
                            "Laporan kegiatan",
                            "Petunjuk teknis",
                            "Nota kesepahaman",
                            "Data IKM",
                            "Arsip undangan"
                        ][rng.below(5)]
                    ),
                    format!("Sekretariat {actor_name}"),
                    format!(
                        "No. {}/{}/{}",
                        rng.between(100, 999),
                        rng.between(1, 99),
                        rng.between(2018, 2021)
                    ),
                ),
            };
            let (informant_code, informant_position) = if kind.has_informant() {
                (format!("I-{}", i + 1), informant.clone())
            } else {
                (String::new(), String::new())
            };
            Source {
                id: SourceId::new(format!("source-{}", i + 1)),
                kind,
                title,
                informant,
                informant_code,
                informant_position,
                actor,
                date: date(rng),
                reference,
                text: String::new(),
            }
        })
        .collect()
}

/// The notes, and for each indicator the positions of the notes linked to it.
fn evidence(
    rng: &mut Rng,
    project: &Project,
    params: &Params,
) -> (Vec<EvidenceNote>, Vec<Vec<usize>>) {
    let indicators = indicator_ids(project);
    let mut per_indicator: Vec<Vec<usize>> = vec![Vec::new(); indicators.len()];
    let notes = (0..params.evidence)
        .map(|i| {
            let linked = rng.distinct_upto(1, 3, indicators.len());
            for &k in &linked {
                per_indicator[k].push(i);
            }
            let actors = rng.distinct_upto(0, 2, project.actors.len());
            let tags = rng.distinct_upto(0, 3, TAGS.len());
            let stance = match rng.below(20) {
                0..=10 => Stance::Supports,
                11..=15 => Stance::Challenges,
                _ => Stance::Context,
            };
            let mut excerpt = prose(rng, 100, 598);
            if rng.chance(40) {
                excerpt = format!("“{excerpt}”");
            }
            EvidenceNote {
                id: EvidenceId::new(format!("note-{}", i + 1)),
                source: project.sources[rng.below(project.sources.len())].id.clone(),
                excerpt,
                interpretation: if rng.chance(85) {
                    prose(rng, 60, 300)
                } else {
                    String::new()
                },
                indicators: linked.iter().map(|&k| indicators[k].clone()).collect(),
                actors: actors
                    .iter()
                    .map(|&a| project.actors[a].id.clone())
                    .collect(),
                stance,
                tags: tags.iter().map(|&t| TAGS[t].to_owned()).collect(),
                anchor: None,
                locator: String::new(),
            }
        })
        .collect();
    (notes, per_indicator)
}

fn assessments(
    rng: &mut Rng,
    project: &Project,
    params: &Params,
    per_indicator: &[Vec<usize>],
) -> Vec<Assessment> {
    let indicators = indicator_ids(project);
    let note_id = |i: usize| EvidenceId::new(format!("note-{}", i + 1));
    let scale_values = project.framework.scale.values();
    (0..params.assessments)
        .map(|i| {
            let base = ASSESSMENT_LABELS[i % ASSESSMENT_LABELS.len()];
            let round = i / ASSESSMENT_LABELS.len();
            Assessment {
                id: AssessmentId::new(format!("assessment-{}", i + 1)),
                label: if round == 0 {
                    base.to_owned()
                } else {
                    format!("{base} {}", round + 1)
                },
                assessor: (*rng.pick(INFORMANTS)).to_owned(),
                notes: prose(rng, 80, 400),
                framework: crate::model::FrameworkSlot::Main,
                compared_with: None,
                scores: indicators
                    .iter()
                    .enumerate()
                    .map(|(k, indicator)| {
                        let linked = &per_indicator[k];
                        let cited = rng.distinct_upto(2, 6, linked.len());
                        IndicatorScore {
                            indicator: indicator.clone(),
                            score: Some(*rng.pick(&scale_values)),
                            rationale: prose(rng, 80, 400),
                            evidence: cited.iter().map(|&c| note_id(linked[c])).collect(),
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

/// Inhibiting factors, recommendations and supporting factors, citing notes of
/// their indicators (supporting factors last, so the others stay as they were
/// before schema version 4).
fn findings(rng: &mut Rng, project: &mut Project, params: &Params, per_indicator: &[Vec<usize>]) {
    let indicators = indicator_ids(project);
    let note_id = |i: usize| EvidenceId::new(format!("note-{}", i + 1));
    let finding_count = 3 + (params.evidence / 1000).min(20);
    let mut findings = (0..3 * finding_count).map(|i| {
        let k = rng.distinct_upto(1, 2, indicators.len());
        let actors = rng.distinct_upto(1, 3, project.actors.len());
        let linked = k.first().map_or(&[][..], |&k| per_indicator[k].as_slice());
        let cited = rng.distinct_upto(2, 6, linked.len());
        let stem = match i / finding_count {
            0 => "factor",
            1 => "recommendation",
            _ => "support",
        };
        Finding {
            id: FindingId::new(format!("{stem}-{}", i % finding_count + 1)),
            title: {
                let words = rng.between(4, 8);
                title(rng, words)
            },
            text: prose(rng, 150, 500),
            indicators: k.iter().map(|&k| indicators[k].clone()).collect(),
            actors: actors
                .iter()
                .map(|&a| project.actors[a].id.clone())
                .collect(),
            evidence: cited.iter().map(|&c| note_id(linked[c])).collect(),
        }
    });
    project.inhibiting_factors = findings.by_ref().take(finding_count).collect();
    project.recommendations = findings.by_ref().take(finding_count).collect();
    project.supporting_factors = findings.collect();
}

/// Gives the first `sources` sources of `project` a transcript of about
/// `chars` characters each (questions and answers in made-up Indonesian), in
/// which every note of that source is anchored: its excerpt is one of the
/// answers. Deterministic for the same project and `seed`.
pub fn add_texts(project: &mut Project, sources: usize, chars: usize, seed: u64) {
    let mut rng = Rng::new(seed ^ 0x7E57_7E57_7E57_7E57);
    let chosen: Vec<SourceId> = project
        .sources
        .iter()
        .take(sources)
        .map(|s| s.id.clone())
        .collect();
    for id in chosen {
        let notes: Vec<usize> = project
            .evidence
            .iter()
            .enumerate()
            .filter(|(_, n)| n.source == id)
            .map(|(i, _)| i)
            .collect();
        let mut text = String::with_capacity(chars + 1024);
        let mut length = 0; // in characters
        let mut paragraph = 0;
        let mut answers = 0;
        let mut next_note = 0;
        // Spread the notes' answers evenly through the filler.
        let every = (chars / 400 / notes.len().max(1)).max(1);
        while length < chars || next_note < notes.len() {
            let question = format!("P: {}\n\n", prose(&mut rng, 40, 120));
            length += question.chars().count();
            text.push_str(&question);
            paragraph += 1;
            answers += 1;
            let answer = if answers % every == 0 && next_note < notes.len() {
                let note = &mut project.evidence[notes[next_note]];
                next_note += 1;
                let start = length + 3;
                let end = start + note.excerpt.chars().count();
                note.anchor = Some(Anchor::new(start, end));
                note.locator = format!("par. {}", paragraph + 1);
                format!("I: {}\n\n", note.excerpt)
            } else {
                format!("I: {}\n\n", prose(&mut rng, 150, 600))
            };
            length += answer.chars().count();
            text.push_str(&answer);
            paragraph += 1;
        }
        if let Some(source) = project.sources.iter_mut().find(|s| s.id == id) {
            source.text = text;
        }
    }
}

/// Adds `count` relations between the project's actors (a few actors are
/// hubs, as government offices are), each citing one to three notes and
/// belonging to up to two activities; about two pairs in three get a level of
/// collaboration, seen by one side or by both. The lead actor is the first.
pub fn add_relations(project: &mut Project, count: usize, seed: u64) {
    let mut rng = Rng::new(seed ^ 0x4E45_5457_4F52_4B53);
    let actors: Vec<ActorId> = project.actors.iter().map(|a| a.id.clone()).collect();
    let activities: Vec<ActivityId> = project.activities.iter().map(|a| a.id.clone()).collect();
    let notes: Vec<EvidenceId> = project.evidence.iter().map(|n| n.id.clone()).collect();
    if actors.len() < 2 {
        return;
    }
    for i in 0..count {
        // The smaller of two draws: low-numbered actors gather more ties.
        let from = rng.below(actors.len()).min(rng.below(actors.len()));
        let mut to = rng.below(actors.len());
        if to == from {
            to = (to + 1) % actors.len();
        }
        let (from, to) = (actors[from].clone(), actors[to].clone());
        let evidence = if notes.is_empty() {
            Vec::new()
        } else {
            rng.distinct_upto(1, 3, notes.len())
                .into_iter()
                .map(|n| notes[n].clone())
                .collect()
        };
        project.relations.push(Relation {
            id: RelationId::new(format!("rel-{}", i + 1)),
            from: from.clone(),
            to: to.clone(),
            kind: *rng.pick(&RelationKind::ALL),
            directed: rng.chance(50),
            note: prose(&mut rng, 40, 200),
            evidence,
            activities: rng
                .distinct_upto(0, 2, activities.len())
                .into_iter()
                .map(|a| activities[a].clone())
                .collect(),
        });
        if project.pair_level(&from, &to).is_none() && rng.chance(66) {
            let mut level = PairLevel::new(from.clone(), to.clone());
            for viewer in [from, to] {
                if rng.chance(70) {
                    level.views.push(LevelView {
                        viewer,
                        level: *rng.pick(&CollaborationLevel::ALL),
                        evidence: Vec::new(),
                    });
                }
            }
            level.reasoning = prose(&mut rng, 40, 200);
            project.collaboration_levels.push(level);
        }
    }
    project.network.lead = actors.first().cloned();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_texts_hold_every_anchored_note_at_its_passage() {
        let mut project = project(&Params::with_evidence(300));
        add_texts(&mut project, 5, 8_000, 3);
        let anchored = project
            .evidence
            .iter()
            .filter(|n| n.anchor.is_some())
            .count();
        assert!(anchored >= 5, "{anchored}");
        for note in project.evidence.iter().filter(|n| n.anchor.is_some()) {
            let source = project.source(&note.source).expect("its source");
            let anchor = note.anchor.expect("anchored");
            assert_eq!(
                crate::model::passage(&source.text, anchor),
                Some(note.excerpt.as_str())
            );
        }
        assert!(project.validate().is_empty());
        assert!(project.sources[0].text.chars().count() >= 8_000);
    }

    #[test]
    fn synthetic_relations_are_valid_and_rate_some_pairs_from_both_sides() {
        let mut project = project(&Params {
            actors: 40,
            ..Params::with_evidence(300)
        });
        add_relations(&mut project, 200, 7);
        assert_eq!(project.validate(), vec![]);
        assert_eq!(project.relations.len(), 200);
        assert!(project.relations.iter().all(|r| r.from != r.to));
        assert!(
            project
                .collaboration_levels
                .iter()
                .any(|l| l.views.len() == 2)
        );
        assert!(project.network.lead.is_some());
        let mut again = super::project(&Params {
            actors: 40,
            ..Params::with_evidence(300)
        });
        add_relations(&mut again, 200, 7);
        assert_eq!(project, again);
    }

    #[test]
    fn synthetic_projects_are_valid_and_deterministic() {
        for params in [
            Params::with_evidence(0),
            Params::with_evidence(1),
            Params {
                evidence: 500,
                actors: 30,
                activities: 11,
                assessments: 7,
                seed: 9,
            },
            Params {
                evidence: 50,
                actors: 0,
                activities: 0,
                assessments: 0,
                seed: 2,
            },
        ] {
            let project = project(&params);
            assert_eq!(project.validate(), vec![], "{params:?}");
            assert_eq!(project.evidence.len(), params.evidence);
            assert_eq!(project, super::project(&params));
            for note in &project.evidence {
                let chars = note.excerpt.chars().count();
                assert!((100..=600).contains(&chars), "{chars}: {}", note.excerpt);
            }
        }
        assert_ne!(
            project(&Params::default()),
            project(&Params {
                seed: 2,
                ..Params::default()
            })
        );
    }
}
